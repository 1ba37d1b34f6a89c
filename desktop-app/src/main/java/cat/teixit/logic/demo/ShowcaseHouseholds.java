package cat.teixit.logic.demo;

import cat.teixit.logic.casefile.IdDocuments;
import cat.teixit.logic.demo.HouseholdPlan.Member;
import cat.teixit.logic.demo.SyntheticNames.Origin;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Hand-written households that show what Teixit does, in team GIR-N with Laia (the first demo
 * account) as reference professional: Núria Pagès Muñoz's family with ten years of history, her
 * namesake, an undocumented young man, a mother with three children whose plan review is overdue,
 * and an elderly man whose case was closed and reopened. Stateless; everything else is drawn
 * from the caller's seeded generator.
 */
final class ShowcaseHouseholds {

    /** Case numbers of the showcase households use indexes far from the generated ones. */
    private static final long FIRST_INDEX = 900_000;

    private ShowcaseHouseholds() {
    }

    /** Writes the showcase households when team GIR-N and the account "laia" exist; returns how many people. */
    static int write(HistoryWriter writer, HouseholdPlanner planner, SyntheticStaff staff, SplittableRandom r) {
        SyntheticStaff.TeamStaff team = staff.team("GIR-N");
        SyntheticStaff.Professional laia = staff.byUsername("laia");
        if (team == null || laia == null) {
            return 0;
        }
        SyntheticStaff.Professional montse = staff.byUsername("montse");
        SyntheticStaff.Professional jordi = staff.byUsername("jordi");
        LocalDate asOf = planner.asOf();
        int people = 0;
        people += pagesFamily(writer, planner, team, laia, montse != null ? montse : laia, asOf, r);
        people += namesake(writer, planner, team, jordi != null ? jordi : laia, asOf, r);
        people += undocumented(writer, planner, team, laia, asOf, r);
        people += overdueReview(writer, planner, team, laia, asOf, r);
        people += reopened(writer, planner, team, laia, asOf, r);
        return people;
    }

    private static HouseholdPlan household(SyntheticStaff.TeamStaff team, String neighbourhood, long index,
            LocalDate openedOn, SyntheticStaff.Professional reference, SplittableRandom r) {
        HouseholdPlan h = new HouseholdPlan();
        h.team = team;
        h.place = team.plan().places().stream().filter(p -> neighbourhood.equals(p.district())
                || neighbourhood.equals(p.municipality())).findFirst().orElse(team.plan().places().getFirst());
        h.address = SyntheticGeography.address(r);
        h.openedOn = openedOn;
        h.caseNumber = HouseholdPlanner.caseNumber(team, openedOn, FIRST_INDEX + index);
        h.origin = "1";
        h.riskLevel = "1";
        h.reference = reference;
        h.housingTenure = "2";
        return h;
    }

    /** How long the history is: interventions, plans, and the active plan's review date (null: drawn). */
    private static void history(HouseholdPlan h, int interventions, int plans, LocalDate activePlanReview) {
        h.interventions = interventions;
        h.plans = plans;
        h.activePlanReview = activePlanReview;
    }

    private static Member member(HouseholdPlanner planner, Origin origin, String given, String surname1,
            String surname2, Sex sex, LocalDate birth, String relationship, SplittableRandom r) {
        Member m = planner.person(origin, sex == Sex.F, birth, relationship, r);
        m.givenName = given;
        m.surname1 = surname1;
        m.surname2 = surname2;
        m.sex = sex;
        return m;
    }

    private static int pagesFamily(HistoryWriter writer, HouseholdPlanner planner, SyntheticStaff.TeamStaff team,
            SyntheticStaff.Professional laia, SyntheticStaff.Professional montse, LocalDate asOf, SplittableRandom r) {
        HouseholdPlan h = household(team, "Pont Major", 1, asOf.minusYears(10).plusDays(20), laia, r);
        Member nuria = member(planner, Origin.CATALAN, "Núria", "Pagès", "Muñoz", Sex.F, LocalDate.of(1980, 3, 14), "8", r);
        nuria.docType = IdDocumentType.DNI;
        nuria.docNumber = "99104372" + IdDocuments.dniLetter(99_104_372);
        Member oscar = member(planner, Origin.CATALAN, "Òscar", "Col·lell", "García", Sex.M, LocalDate.of(1977, 11, 2),
                "10", r);
        Member martina = member(planner, Origin.CATALAN, "Martina", "Col·lell", "Pagès", Sex.F, LocalDate.of(2010, 5, 21),
                "3", r);
        Member pol = member(planner, Origin.CATALAN, "Pol", "Col·lell", "Pagès", Sex.M, LocalDate.of(2014, 9, 8), "3", r);
        Member jana = member(planner, Origin.CATALAN, "Jana", "Col·lell", "Pagès", Sex.F,
                asOf.minusYears(6).minusDays(40), "3", r);
        Member rosario = member(planner, Origin.SPANISH, "Rosario", "Muñoz", "Fernández", Sex.F,
                LocalDate.of(1948, 7, 30), "7", r);
        h.members.add(nuria);
        h.members.add(oscar);
        h.members.add(martina);
        h.members.add(pol);
        h.members.add(jana);
        h.members.add(rosario);
        planner.circumstances(h, r);
        jana.joinedOn = jana.birthDate;
        rosario.joinedOn = asOf.minusYears(3).minusDays(15);
        rosario.dependencyGrade = "8";
        rosario.disabilityDegree = 65;
        h.previousReference = montse.equals(laia) ? null : montse;
        h.referenceChangedOn = h.previousReference == null ? null : asOf.minusYears(4).minusDays(10);
        h.riskLevel = "2";
        history(h, 300, 3, asOf.plusDays(45));
        HistoryWriter.Case c = writer.write(h, r);
        writer.intervention(c, h.openedOn, InterventionKind.OFFICE_INTERVIEW, nuria,
                "Primera entrevista. Núria explica que l’Òscar s’ha quedat sense feina i que no poden pagar el lloguer "
                        + "de dos mesos. Dos fills a l’escola del barri. Es fa l’acollida i es demana documentació.", false);
        writer.intervention(c, asOf.minusYears(3).minusDays(20), InterventionKind.HOME_VISIT, rosario,
                "Visita domiciliària: la Rosario, mare de la Núria, s’ha instal·lat a casa després de la caiguda. "
                        + "Necessita ajuda per a la higiene diària. Es parla del servei d’ajuda a domicili.", false);
        writer.intervention(c, asOf.minusMonths(2), InterventionKind.COORDINATION, martina,
                "Coordinació amb l’institut: la Martina ha millorat l’assistència i prepara la selectivitat.", false);
        writer.intervention(c, asOf.minusDays(6), InterventionKind.PHONE_CALL, nuria,
                "Trucada de la Núria: ja tenen la resolució del grau II de dependència de la Rosario.", false);
        return h.members.size();
    }

    private static int namesake(HistoryWriter writer, HouseholdPlanner planner, SyntheticStaff.TeamStaff team,
            SyntheticStaff.Professional jordi, LocalDate asOf, SplittableRandom r) {
        HouseholdPlan h = household(team, SyntheticGeography.SARRIA_DE_TER, 2, asOf.minusYears(2).minusDays(70), jordi, r);
        Member nuria = member(planner, Origin.CATALAN, "Núria", "Pagès", "Muñoz", Sex.F, LocalDate.of(1994, 12, 3), "8", r);
        nuria.docType = IdDocumentType.DNI;
        nuria.docNumber = "99587310" + IdDocuments.dniLetter(99_587_310);
        h.members.add(nuria);
        planner.circumstances(h, r);
        history(h, 18, 0, null);
        writer.write(h, r);
        return 1;
    }

    private static int undocumented(HistoryWriter writer, HouseholdPlanner planner, SyntheticStaff.TeamStaff team,
            SyntheticStaff.Professional laia, LocalDate asOf, SplittableRandom r) {
        HouseholdPlan h = household(team, "Vila-roja", 3, asOf.minusMonths(8), laia, r);
        Member mamadou = member(planner, Origin.WEST_AFRICAN, "Mamadou", "Diallo", null, Sex.M, LocalDate.of(1999, 6, 15),
                "8", r);
        mamadou.docType = IdDocumentType.NONE;
        mamadou.docNumber = null;
        mamadou.nationality = "155";
        h.members.add(mamadou);
        planner.circumstances(h, r);
        mamadou.employment = "4";
        mamadou.incomeNotes = "Sense ingressos";
        h.housingTenure = "T1";
        h.housingNotes = "Dorm a l’alberg quan hi ha plaça; la resta de nits, al carrer.";
        h.origin = "10";
        h.riskLevel = "3";
        history(h, 22, 1, asOf.plusDays(20));
        HistoryWriter.Case c = writer.write(h, r);
        writer.intervention(c, h.openedOn, InterventionKind.OFFICE_INTERVIEW, mamadou,
                "Ve derivat per la Creu Roja. Fa un any i mig que és a Catalunya, sense documentació. Parla wòlof i "
                        + "francès; entén força el català. Es tramita l’empadronament sense domicili fix.", false);
        writer.intervention(c, asOf.minusDays(12), InterventionKind.OTHER, mamadou,
                "Acompanyament a l’oficina d’estrangeria: es presenta la sol·licitud d’arrelament social.", false);
        return 1;
    }

    private static int overdueReview(HistoryWriter writer, HouseholdPlanner planner, SyntheticStaff.TeamStaff team,
            SyntheticStaff.Professional laia, LocalDate asOf, SplittableRandom r) {
        HouseholdPlan h = household(team, "Germans Sàbat", 4, asOf.minusYears(3).minusDays(40), laia, r);
        Member fatima = member(planner, Origin.MOROCCAN, "Fatima", "El Amrani", null, Sex.F, LocalDate.of(1988, 1, 22),
                "8", r);
        fatima.docType = IdDocumentType.NIE;
        fatima.docNumber = SyntheticIds.nie(r);
        h.members.add(fatima);
        h.members.add(member(planner, Origin.MOROCCAN, "Adam", "Ouali", null, Sex.M, LocalDate.of(2012, 4, 2), "3", r));
        h.members.add(member(planner, Origin.MOROCCAN, "Salma", "Ouali", null, Sex.F, LocalDate.of(2015, 10, 19), "3", r));
        h.members.add(member(planner, Origin.MOROCCAN, "Nour", "Ouali", null, Sex.F, LocalDate.of(2019, 6, 27), "3", r));
        planner.circumstances(h, r);
        h.housingTenure = "6";
        h.riskLevel = "2";
        h.origin = "4";
        history(h, 60, 1, asOf.minusDays(75));
        HistoryWriter.Case c = writer.write(h, r);
        writer.intervention(c, asOf.minusDays(90), InterventionKind.COORDINATION, fatima,
                "Coordinació amb l’escola: l’Adam falta sovint els dilluns. Es pacta una tutoria amb la mare.", false);
        return h.members.size();
    }

    private static int reopened(HistoryWriter writer, HouseholdPlanner planner, SyntheticStaff.TeamStaff team,
            SyntheticStaff.Professional laia, LocalDate asOf, SplittableRandom r) {
        HouseholdPlan h = household(team, "Sant Ponç", 5, asOf.minusYears(7), laia, r);
        Member josep = member(planner, Origin.CATALAN, "Josep Maria", "Casals", "Vila", Sex.M, LocalDate.of(1940, 10, 5),
                "8", r);
        josep.docType = IdDocumentType.DNI;
        josep.docNumber = "99310958" + IdDocuments.dniLetter(99_310_958);
        h.members.add(josep);
        planner.circumstances(h, r);
        josep.civilStatus = "7";
        josep.dependencyGrade = "9";
        josep.employment = "3";
        h.housingTenure = "1";
        h.status = CaseStatus.REOPENED;
        h.closedOn = asOf.minusYears(4);
        h.closingReason = "5";
        h.reopenedOn = asOf.minusMonths(14);
        history(h, 45, 2, null);
        HistoryWriter.Case c = writer.write(h, r);
        writer.intervention(c, h.reopenedOn, InterventionKind.PHONE_CALL, josep,
                "Truca la neboda: en Josep Maria ha empitjorat i ja no pot sortir de casa sol. Es reobre l’expedient.",
                false);
        return 1;
    }
}
