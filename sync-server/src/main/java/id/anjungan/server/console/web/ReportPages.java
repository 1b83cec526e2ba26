package id.anjungan.server.console.web;

import id.anjungan.server.account.Principal;
import id.anjungan.server.error.InvalidFieldsException;
import id.anjungan.server.report.DemandSupply;
import id.anjungan.server.report.DemandSupplyService;
import id.anjungan.server.report.GroupBy;
import id.anjungan.server.report.PlacementReport;
import id.anjungan.server.report.PlacementRow;
import id.anjungan.server.report.PlacementService;
import id.anjungan.server.report.ReportCsv;
import id.anjungan.server.report.ReportPeriod;
import id.anjungan.server.report.SvgCharts;
import id.anjungan.server.report.TradeBalance;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports: the placement funnel (/console/reports), the demand-supply view of a centre
 * (/console/reports/supply), the trainee numbers form (/console/reports/trainees), and each report
 * as CSV. What each role sees the services decide.
 */
public final class ReportPages {
    private final PlacementService placements;
    private final DemandSupplyService supply;
    private final ConsoleAuth auth;
    private final Templates templates;

    public ReportPages(PlacementService placements, DemandSupplyService supply, ConsoleAuth auth, Templates templates) {
        this.placements = placements;
        this.supply = supply;
        this.auth = auth;
        this.templates = templates;
    }

    /** The placement report's inputs as given, and the period they mean (the default one where wrong). */
    private record PlacementQuery(String from, String to, GroupBy by, String centre, ReportPeriod period,
                                  Map<String, String> errors) {
        String query() {
            return "from=" + enc(from) + "&to=" + enc(to) + "&by=" + by.param()
                    + (centre == null || centre.isBlank() ? "" : "&centre=" + enc(centre));
        }
    }

    private PlacementQuery placementQuery(Context ctx, Principal who) {
        GroupBy by = GroupBy.parse(ctx.queryParam("by"))
                .orElse(who.isAdmin() || who.isEmployer() ? GroupBy.CENTRE : GroupBy.TRADE);
        String centre = who.isAdmin() ? ctx.queryParam("centre") : null;
        try {
            ReportPeriod period = ReportPeriod.parse(ctx.queryParam("from"), ctx.queryParam("to"), placements.today());
            return new PlacementQuery(period.from().toString(), period.to().toString(), by, centre, period, Map.of());
        } catch (InvalidFieldsException e) {
            ReportPeriod fallback = ReportPeriod.lastDays(placements.today(), ReportPeriod.DEFAULT_DAYS);
            return new PlacementQuery(blank(ctx.queryParam("from")), blank(ctx.queryParam("to")), by, centre, fallback,
                    e.fields());
        }
    }

    /** GET /console/reports?from=&to=&by=&centre= */
    public void placements(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        Messages t = ConsoleAuth.messages(ctx);
        PlacementQuery q = placementQuery(ctx, who);
        PlacementReport report = placements.report(who, q.period(), q.by(), q.centre());
        PlacementRow total = report.total();
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "reports", "reports.title"));
        params.put("report", report);
        params.put("from", q.from());
        params.put("to", q.to());
        params.put("errors", q.errors());
        params.put("centres", who.isAdmin() ? placements.centres(who) : List.of());
        params.put("centre", q.centre() == null ? "" : q.centre());
        params.put("csv", "/console/reports/placements.csv?" + q.query());
        params.put("chart", SvgCharts.funnel(t.t("reports.chart.funnel"), List.of(
                new SvgCharts.Step(t.t("reports.issued"), total.issued(), String.valueOf(total.issued()), SvgCharts.ISSUED),
                step(t, t.t("reports.presented"), total.presented(), total.issued(), SvgCharts.PRESENTED),
                step(t, t.t("reports.interviewed"), total.interviewed(), total.issued(), SvgCharts.INTERVIEWED),
                step(t, t.t("reports.hired"), total.hired(), total.issued(), SvgCharts.HIRED))));
        ctx.status(q.errors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        templates.page(ctx, "report-placements.jte", params);
    }

    /** GET /console/reports/placements.csv?from=&to=&by=&centre= */
    public void placementsCsv(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        Messages t = ConsoleAuth.messages(ctx);
        PlacementQuery q = placementQuery(ctx, who);
        if (!q.errors().isEmpty()) {
            throw new InvalidFieldsException(q.errors());
        }
        PlacementReport report = placements.report(who, q.period(), q.by(), q.centre());
        List<List<String>> rows = new ArrayList<>();
        for (PlacementRow row : report.rows()) {
            rows.add(placementCells(t, row.label() == null ? t.t("reports.none." + q.by().param()) : row.label(), row));
        }
        rows.add(placementCells(t, t.t("reports.total"), report.total()));
        csv(ctx, t, "penempatan-" + q.from() + "-" + q.to() + ".csv", List.of(t.t("reports.by." + q.by().param()),
                t.t("reports.issued"), t.t("reports.presented"), t.t("reports.interviewed"), t.t("reports.hired"),
                t.t("reports.rateCsv")), rows);
    }

    /** GET /console/reports/supply?centre=&year= */
    public void supply(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        Messages t = ConsoleAuth.messages(ctx);
        DemandSupply view = supply.view(who, ctx.queryParam("centre"), supply.yearOrThisYear(ctx.queryParam("year")));
        List<SvgCharts.Pair> pairs = view.trades().stream().map(b -> new SvgCharts.Pair(b.tradeName(), b.openPositions(),
                b.traineesOrZero(), b.shortage(), b.shortage() ? t.t("supply.shortageOf", b.gap()) : null)).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "reports", "supply.title"));
        params.put("view", view);
        params.put("years", supply.selectableYears());
        params.put("saved", ctx.queryParam("saved") != null);
        params.put("query", "centre=" + enc(view.centre().id()) + "&year=" + view.year());
        params.put("chart", SvgCharts.demandSupply(t.t("supply.chart"), t.t("supply.demand"), t.t("supply.supply"), pairs));
        templates.page(ctx, "report-supply.jte", params);
    }

    /** GET /console/reports/supply.csv?centre=&year= */
    public void supplyCsv(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        Messages t = ConsoleAuth.messages(ctx);
        DemandSupply view = supply.view(who, ctx.queryParam("centre"), supply.yearOrThisYear(ctx.queryParam("year")));
        List<List<String>> rows = new ArrayList<>();
        for (TradeBalance b : view.trades()) {
            rows.add(List.of(b.tradeName(), String.valueOf(b.openPositions()), String.valueOf(b.vacancies()),
                    b.trainees() == null ? "" : String.valueOf(b.trainees()), String.valueOf(b.gap()),
                    b.shortage() ? t.t("supply.shortage") : ""));
        }
        csv(ctx, t, "permintaan-pasokan-" + view.centre().id() + "-" + view.year() + ".csv", List.of(t.t("supply.col.trade"),
                t.t("supply.col.demand"), t.t("supply.col.vacancies"), t.t("supply.col.trainees"), t.t("supply.col.gap"),
                t.t("supply.col.state")), rows);
    }

    /** GET /console/reports/trainees?centre=&year= */
    public void traineeForm(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        DemandSupplyService.TraineeForm form = supply.form(who, ctx.queryParam("centre"),
                supply.yearOrThisYear(ctx.queryParam("year")));
        Map<String, String> values = new HashMap<>();
        form.trainees().forEach((trade, n) -> values.put(trade, String.valueOf(n)));
        showTraineeForm(ctx, form, values, Map.of(), String.valueOf(form.year()), HttpStatus.OK);
    }

    /** POST /console/reports/trainees: centreId, year, and one field per trade id */
    public void saveTrainees(Context ctx) {
        Principal who = ConsoleAuth.principal(ctx);
        String centre = who.isStaff() ? who.account().centreId() : ctx.formParam("centreId");
        String year = ctx.formParam("year");
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, list) -> {
            if (name.startsWith("n.") && !list.isEmpty()) {
                values.put(name.substring(2), list.get(0));
            }
        });
        try {
            supply.saveTrainees(who, centre, year, values);
            ctx.redirect("/console/reports/supply?centre=" + enc(centre) + "&year=" + enc(year) + "&saved=1");
        } catch (InvalidFieldsException e) {
            DemandSupplyService.TraineeForm form = supply.form(who, centre, supply.yearOrThisYear(year));
            showTraineeForm(ctx, form, values, e.fields(), year == null ? "" : year, HttpStatus.BAD_REQUEST);
        }
    }

    private void showTraineeForm(Context ctx, DemandSupplyService.TraineeForm form, Map<String, String> values,
                                 Map<String, String> errors, String year, HttpStatus status) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", auth.frame(ctx, "reports", "trainees.title"));
        params.put("form", form);
        params.put("values", values);
        params.put("errors", errors);
        params.put("year", year);
        params.put("years", supply.selectableYears());
        ctx.status(status);
        templates.page(ctx, "report-trainees.jte", params);
    }

    private static SvgCharts.Step step(Messages t, String label, int value, int of, String colour) {
        return new SvgCharts.Step(label, value, value + " · " + percent(t, of == 0 ? 0 : (double) value / of), colour);
    }

    private static List<String> placementCells(Messages t, String label, PlacementRow row) {
        return List.of(label, String.valueOf(row.issued()), String.valueOf(row.presented()),
                String.valueOf(row.interviewed()), String.valueOf(row.hired()), number(t, row.placementRate() * 100));
    }

    /** "12,5 %" in Indonesian, "12.5%" in English. */
    public static String percent(Messages t, double share) {
        return "en".equals(t.lang()) ? number(t, share * 100) + "%" : number(t, share * 100) + " %";
    }

    /** One decimal, with the language's decimal mark. */
    static String number(Messages t, double value) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return "en".equals(t.lang()) ? text : text.replace('.', ',');
    }

    private static void csv(Context ctx, Messages t, String filename, List<String> header, List<List<String>> rows) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(ReportCsv.write(ReportCsv.delimiter(t.lang()), header, rows));
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
