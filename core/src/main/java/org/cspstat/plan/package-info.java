/** The partnership's action plan: completion by theme and overall, computed exactly. */
package org.cspstat.plan;
