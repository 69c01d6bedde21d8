/**
 * The risk matrix and the partnership's ranked priorities. The entry point is
 * {@link org.cspstat.risk.Priorities#rank(RiskConfig, java.util.Collection)}: it takes a
 * {@link org.cspstat.risk.RiskConfig} (a county {@link org.cspstat.risk.RiskMatrix} of impact
 * scores, {@link org.cspstat.risk.RiskSettings} and a district's
 * {@link org.cspstat.risk.DistrictOverrides}, each read from a CSV an analyst edits in a
 * spreadsheet) and one {@link org.cspstat.risk.IssueEvidence} per issue, and returns a
 * {@link org.cspstat.risk.PriorityList} whose items state likelihood × impact = score, the
 * band, a one-line explanation with every number behind the score, and the smallest single
 * score change that would move the issue into another band.
 */
package org.cspstat.risk;
