package id.anjungan.server.report;

import java.util.List;

/**
 * The placement report as one account may see it.
 *
 * @param centreId the centre it is limited to, or null for every centre the account reaches
 * @param rows one per group, most slips first
 * @param total every slip of the report together
 */
public record PlacementReport(ReportPeriod period, GroupBy groupBy, String centreId, List<PlacementRow> rows,
                              PlacementRow total) {
}
