package cat.teixit.gui.casefile;

import cat.teixit.gui.casefile.DemandRow.Kind;
import cat.teixit.gui.casefile.DemandRow.Row;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.DemandChain;
import cat.teixit.logic.catalogue.Catalogue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a case file's chain demand → assessment → resource into the tab's rows, codes read as their
 * labels in the language shown; what answers no demand goes under its own heading last. Use from the
 * FX thread.
 */
final class DemandRows {

    private final I18n i18n;
    private final Codes codes;

    DemandRows(I18n i18n, Codes codes) {
        this.i18n = i18n;
        this.codes = codes;
    }

    List<Row> rows(DemandChain chain) {
        List<Row> tree = new ArrayList<>();
        chain.demands().forEach(d -> tree.add(demandRow(d)));
        if (!chain.assessmentsWithoutDemand().isEmpty() || !chain.resourcesWithoutDemand().isEmpty()) {
            List<Row> loose = new ArrayList<>();
            chain.assessmentsWithoutDemand().forEach(a -> loose.add(assessmentRow(a)));
            chain.resourcesWithoutDemand().forEach(r -> loose.add(resourceRow(r)));
            tree.add(new Row(Kind.UNLINKED, null, null, null, null, i18n.t("demands.unlinked"), null, null, null,
                    null, null, null, null, 0, loose));
        }
        return tree;
    }

    private Row demandRow(DemandChain.DemandEntry d) {
        List<Row> children = new ArrayList<>();
        d.assessments().forEach(a -> children.add(assessmentRow(a)));
        d.resources().forEach(r -> children.add(resourceRow(r)));
        return new Row(Kind.DEMAND, d.id(), d.id(), null, date(d.at()), codes.label(Catalogue.DEMAND_AREA, d.areaCode()),
                d.personName(), d.authorName(), d.description(), null, null, null, null, 0, children);
    }

    private Row assessmentRow(DemandChain.AssessmentEntry a) {
        String problems = a.problemCodes().stream().map(c -> codes.label(Catalogue.PROBLEM_CATEGORY, c))
                .collect(Collectors.joining(", "));
        String what = a.riskLevel() == null ? problems
                : i18n.t("demands.assessment.risk", problems, codes.label(Catalogue.RISK_LEVEL, a.riskLevel()));
        return new Row(Kind.ASSESSMENT, a.id(), a.demandId(), a.id(), date(a.at()), what, a.personName(),
                a.authorName(), a.notes(), null, null, null, null, 0,
                a.resources().stream().map(this::resourceRow).toList());
    }

    private Row resourceRow(DemandChain.ResourceEntry r) {
        return new Row(Kind.RESOURCE, r.id(), r.demandId(), r.assessmentId(), date(r.at()),
                codes.label(Catalogue.RESOURCE_TYPE, r.resourceCode()), r.personName(), r.authorName(), r.notes(),
                r.status(), r.costCents(), r.funding(), date(r.statusAt()), r.rowVersion(), List.of());
    }

    private static LocalDate date(Instant at) {
        return at == null ? null : at.atZone(I18n.ZONE).toLocalDate();
    }
}
