package cat.teixit.logic.reports;

import cat.teixit.model.casefile.InterventionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The indicators as tables, one per indicator, headed in the report's language. Stateless. */
public final class ReportTables {

    /** The position of the interventions-by-kind table (its rows: the kinds in order, then the confidential ones). */
    public static final int INTERVENTIONS = 2;

    /** The position of the resources-granted-by-funding-administration table (the last). */
    public static final int FUNDING = 15;

    /** The position of the table per team, in a report of several teams (the memòria): after the others. */
    public static final int TEAMS = 16;

    private ReportTables() {
    }

    /** Every table of a report, the report's own (scope and dates) first. */
    public static List<ReportTable> of(Indicators in, ReportTexts t) {
        List<ReportTable> tables = new ArrayList<>();
        Period prev = in.previous().period();
        tables.add(table(t, "report.sheet.report", List.of("report.col.indicator", "report.col.value"),
                row(t.t("report.row.scope"), in.scopeLabel()),
                row(t.t("report.row.from"), in.period().from()), row(t.t("report.row.to"), in.period().to()),
                row(t.t("report.row.previousFrom"), prev.from()), row(t.t("report.row.previousTo"), prev.to())));
        Indicators.Summary c = in.current();
        Indicators.Summary p = in.previous();
        Indicators.Summary y = in.lastYear();
        List<String> summaryHeaders = new ArrayList<>(List.of("report.col.indicator", "report.col.current",
                "report.col.previous", "report.col.change"));
        if (y != null) {
            summaryHeaders.addAll(List.of("report.col.lastYear", "report.col.changeLastYear"));
        }
        tables.add(new ReportTable(t.t("report.sheet.summary"), headers(t, summaryHeaders.toArray(String[]::new)), List.of(
                change(t.t("report.row.people"), Indicators.Summary::people, c, p, y),
                change(t.t("report.row.households"), Indicators.Summary::households, c, p, y),
                change(t.t("report.row.opened"), Indicators.Summary::opened, c, p, y),
                change(t.t("report.row.closed"), Indicators.Summary::closed, c, p, y),
                change(t.t("report.row.reopened"), Indicators.Summary::reopened, c, p, y),
                change(t.t("report.row.interventions"), Indicators.Summary::interventions, c, p, y)),
                List.of(new Figure.Attended(Figure.Attended.Breakdown.ALL, null),
                        new Figure.Attended(Figure.Attended.Breakdown.ALL, null), new Figure.CaseEvents("OPENED"),
                        new Figure.CaseEvents("CLOSED"), new Figure.CaseEvents("REOPENED"), new Figure.Interventions(null))));
        List<List<Object>> kinds = new ArrayList<>(counts(in.interventionsByKind()));
        kinds.add(row(t.t("report.row.confidential"), in.confidentialInterventions()));
        List<Figure> kindFigures = new ArrayList<>(figures(in.interventionsByKind(),
                k -> new Figure.Interventions(InterventionKind.valueOf(k.key()))));
        kindFigures.add(null);
        tables.add(INTERVENTIONS, new ReportTable(t.t("report.sheet.interventions"), headers(t, "report.col.kind",
                "report.col.count"), kinds, kindFigures));
        tables.add(codes(t, "report.sheet.demands", in.demands(), Figure.Codes.Source.DEMANDS));
        tables.add(codes(t, "report.sheet.assessments", in.assessments(), Figure.Codes.Source.ASSESSMENTS));
        tables.add(new ReportTable(t.t("report.sheet.resources"), headers(t, "report.col.code", "report.col.label",
                "report.col.level", "report.col.proposed", "report.col.granted", "report.col.cost"),
                map(in.resources(), r -> row(r.code(), r.label(), (long) r.depth(), r.proposed(), r.granted(),
                        new ReportTable.Cents(r.grantedCents()))),
                figures(in.resources(), r -> new Figure.Codes(Figure.Codes.Source.RESOURCES, r.code()))));
        tables.add(new ReportTable(t.t("report.sheet.caseload"), headers(t, "report.col.professional", "report.col.active",
                "report.col.interventions", "report.col.perMonth", "report.col.overdue", "report.col.appointments"),
                map(in.caseload(), l -> row(l.name(), l.activeCaseFiles(), l.interventions(), l.interventionsPerMonth(),
                        l.overdueReviews(), l.appointments())),
                figures(in.caseload(), l -> new Figure.Caseload(l.professionalId()))));
        tables.add(attended(t, "report.sheet.sex", "report.col.sex", in.bySex(), Figure.Attended.Breakdown.SEX));
        tables.add(attended(t, "report.sheet.age", "report.col.age", in.byAge(), Figure.Attended.Breakdown.AGE));
        tables.add(codes(t, "report.sheet.unmet", in.unmetDemands(), Figure.Codes.Source.UNMET));
        tables.add(attended(t, "report.sheet.nationality", "report.col.nationality", in.byNationality(),
                Figure.Attended.Breakdown.NATIONALITY));
        tables.add(attended(t, "report.sheet.district", "report.col.district", in.byDistrict(),
                Figure.Attended.Breakdown.DISTRICT));
        tables.add(new ReportTable(t.t("report.sheet.unmetDistrict"), headers(t, "report.col.district", "report.col.code",
                "report.col.label", "report.col.count"),
                map(in.unmetByDistrict(), d -> row(d.districtLabel(), d.code(), d.label(), d.count())),
                figures(in.unmetByDistrict(), d -> new Figure.UnmetInDistrict(d.district(), d.code()))));
        tables.add(new ReportTable(t.t("report.sheet.waiting"), headers(t, "report.col.waitingFor", "report.col.visits",
                "report.col.median", "report.col.p90"),
                map(in.waiting(), w -> row(w.label(), w.visits(), w.medianDays(), w.p90Days())),
                figures(in.waiting(), w -> new Figure.FirstVisits(w.kind(), w.key()))));
        tables.add(new ReportTable(t.t("report.sheet.groups"), headers(t, "report.col.activity", "report.col.programme",
                "report.col.enrolled", "report.col.dropOuts", "report.col.sessions", "report.col.marks",
                "report.col.present", "report.col.attendance"),
                map(in.groups(), g -> row(g.title(), g.programme(), g.enrolled(), g.dropOuts(), g.sessions(), g.marks(),
                        g.present(), g.attendancePercent())),
                figures(in.groups(), g -> new Figure.GroupActivity(g.activityId()))));
        tables.add(FUNDING, new ReportTable(t.t("report.sheet.funding"), headers(t, "report.col.funding",
                "report.col.granted", "report.col.cost"),
                map(in.funding(), l -> row(l.label(), l.granted(), new ReportTable.Cents(l.grantedCents()))),
                figures(in.funding(), l -> new Figure.GrantedBy(l.key()))));
        if (!in.teams().isEmpty()) {
            tables.add(TEAMS, new ReportTable(t.t("report.sheet.teams"), headers(t, "report.col.team", "report.col.people",
                    "report.col.households", "report.col.opened", "report.col.closed", "report.col.reopened",
                    "report.col.interventions"),
                    map(in.teams(), l -> row(l.code() + " · " + l.name(), l.people(), l.households(), l.opened(),
                            l.closed(), l.reopened(), l.interventions())),
                    figures(in.teams(), l -> new Figure.TeamAttended(l.scope()))));
        }
        return tables;
    }

    private static ReportTable table(ReportTexts t, String name, List<String> headerKeys, List<Object>... rows) {
        return new ReportTable(t.t(name), headers(t, headerKeys.toArray(String[]::new)), Arrays.asList(rows));
    }

    private static List<String> headers(ReportTexts t, String... keys) {
        return Arrays.stream(keys).map(t::t).toList();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** A headline figure: now, before and the change, then a year before and the change when there is one. */
    private static List<Object> change(String label, java.util.function.ToLongFunction<Indicators.Summary> figure,
            Indicators.Summary current, Indicators.Summary previous, Indicators.Summary lastYear) {
        long now = figure.applyAsLong(current);
        long before = figure.applyAsLong(previous);
        List<Object> row = new ArrayList<>(List.of(label, now, before, new ReportTable.Change(now - before)));
        if (lastYear != null) {
            long then = figure.applyAsLong(lastYear);
            row.addAll(List.of(then, new ReportTable.Change(now - then)));
        }
        return row;
    }

    private static List<List<Object>> counts(List<Indicators.Count> counts) {
        return map(counts, c -> row(c.label(), c.count()));
    }

    private static ReportTable codes(ReportTexts t, String name, List<Indicators.CodeCount> codes,
            Figure.Codes.Source source) {
        return new ReportTable(t.t(name), headers(t, "report.col.code", "report.col.label", "report.col.level",
                "report.col.own", "report.col.total"),
                map(codes, c -> row(c.code(), c.label(), (long) c.depth(), c.own(), c.total())),
                figures(codes, c -> new Figure.Codes(source, c.code())));
    }

    /** People attended by one breakdown: a label and a count a row, each leading to the case files behind it. */
    private static ReportTable attended(ReportTexts t, String name, String column, List<Indicators.Count> counts,
            Figure.Attended.Breakdown breakdown) {
        return new ReportTable(t.t(name), headers(t, column, "report.col.people"), counts(counts),
                figures(counts, c -> new Figure.Attended(breakdown, c.key())));
    }

    private static <T> List<Figure> figures(List<T> items, Function<T, Figure> figure) {
        return items.stream().map(figure).toList();
    }

    private static <T> List<List<Object>> map(List<T> items, Function<T, List<Object>> row) {
        return items.stream().map(row).toList();
    }
}
