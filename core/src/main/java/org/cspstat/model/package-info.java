/**
 * The project's vocabulary: {@link org.cspstat.model.Category} and its
 * {@link org.cspstat.model.CategoryKind}, {@link org.cspstat.model.Area}, and the police.uk
 * crime types with their legacy names in {@link org.cspstat.model.PoliceUkCategories}.
 */
package org.cspstat.model;
