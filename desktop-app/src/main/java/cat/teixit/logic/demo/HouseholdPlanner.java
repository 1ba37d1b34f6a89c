package cat.teixit.logic.demo;

import cat.teixit.logic.common.Texts;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.logic.demo.HouseholdPlan.Member;
import cat.teixit.logic.demo.SyntheticNames.Origin;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws random households of a synthetic area: who lives together (people alone, couples, families
 * with children, three generations, shared flats), their documents and circumstances, and the
 * shape of their case file over the ten years before {@code asOf}. Immutable, thread-safe; the
 * randomness comes from the caller.
 */
final class HouseholdPlanner {

    /** Who lives together. */
    private enum Shape {
        ALONE, ELDER_ALONE, COUPLE, ELDER_COUPLE, COUPLE_KIDS, SINGLE_PARENT, EXTENDED, SIBLINGS, SHARED_FLAT
    }

    private static final Pick<Shape> SHAPES = Pick.weighted(Shape.ALONE, 14, Shape.ELDER_ALONE, 12, Shape.COUPLE, 6,
            Shape.ELDER_COUPLE, 6, Shape.COUPLE_KIDS, 24, Shape.SINGLE_PARENT, 20, Shape.EXTENDED, 10, Shape.SIBLINGS, 3,
            Shape.SHARED_FLAT, 5);
    private static final Pick<String> TENURE = Pick.weighted("2", 36, "1", 18, "6", 12, "10", 7, "8", 5, "4", 4,
            "T1", 2, "3", 4, "11", 4, "9", 6);
    private static final Pick<String> CLOSING = Pick.weighted("5", 30, "6", 20, "2", 15, "1", 10, "8", 8, "3", 7,
            "7", 6, "4", 4);
    private static final Pick<String> CASE_ORIGIN = Pick.weighted("1", 45, "2", 8, "5", 12, "4", 10, "7", 8, "10", 7,
            "6", 3, "8", 3, "9", 2, "3", 1, "11", 1);
    private static final Pick<String> RISK = Pick.weighted("0", 10, "1", 50, "2", 30, "3", 10);
    private static final Pick<Integer> RATE_PER_YEAR = Pick.weighted(1, 30, 4, 35, 10, 25, 25, 10);
    private static final Pick<String> CIVIL = Pick.weighted("1", 10, "2", 12, "3", 30, "4", 12, "5", 8, "6", 20,
            "7", 6, "8", 2);
    private static final Pick<String> EDUCATION = Pick.weighted("0", 15, "1", 5, "2", 4, "4", 18, "5", 28, "6", 18,
            "7", 7, "8", 5);
    private static final Pick<String> EMPLOYMENT = Pick.weighted("2", 30, "1", 16, "4", 8, "8", 10, "10", 8, "7", 4,
            "9", 5, "16", 5, "15", 2, "0", 12);
    private static final List<String> INCOME_NOTES = List.of("Sense ingressos", "Renda garantida de ciutadania",
            "Pensió no contributiva", "Subsidi d’atur", "Treballs esporàdics sense contracte",
            "Pensió de viduïtat", "Ajuda de la família", "Prestació per fill a càrrec");
    private static final List<String> HOUSING_NOTES = List.of("Pis petit amb humitats.",
            "Habitació rellogada sense contracte.", "Pendent d’un procediment de desnonament.",
            "Quart pis sense ascensor.", "Comparteixen el pis amb una altra família.");
    private static final String[] MAIL_DOMAINS = {"example.org", "example.com", "example.net"};

    /** One household in {@value #HEAVY_ONE_IN}: a very long history (about 500 timeline entries). */
    static final int HEAVY_ONE_IN = 200;

    private final Pick<SyntheticStaff.TeamStaff> teamPick;
    private final LocalDate asOf;
    private final LocalDate historyStart;

    HouseholdPlanner(List<SyntheticStaff.TeamStaff> teams, LocalDate asOf) {
        Object[] weighted = new Object[teams.size() * 2];
        for (int i = 0; i < teams.size(); i++) {
            weighted[2 * i] = teams.get(i);
            weighted[2 * i + 1] = teams.get(i).plan().weight();
        }
        this.teamPick = Pick.weighted(weighted);
        this.asOf = asOf;
        this.historyStart = asOf.minusYears(10);
    }

    LocalDate asOf() {
        return asOf;
    }

    /** Household number {@code index} (from 0) with at most {@code maxPeople} members. */
    HouseholdPlan random(long index, SplittableRandom r, int maxPeople) {
        HouseholdPlan h = new HouseholdPlan();
        h.team = teamPick.next(r);
        h.place = h.team.plan().places().get(r.nextInt(h.team.plan().places().size()));
        h.address = SyntheticGeography.address(r);
        Shape shape = SHAPES.next(r);
        Origin origin = SyntheticNames.ORIGINS.next(r);
        members(h, shape, origin, r);
        while (h.members.size() > maxPeople) {
            h.members.removeLast();
        }
        distinctGivenNames(h, origin, index);
        String tenure = TENURE.next(r);
        boolean mayLiveRough = shape == Shape.ALONE || shape == Shape.SHARED_FLAT;
        h.housingTenure = "T1".equals(tenure) && !mayLiveRough ? "6" : tenure;
        h.housingNotes = r.nextInt(100) < 8 ? SyntheticTexts.one(HOUSING_NOTES, r) : null;
        caseShape(h, index, r);
        return h;
    }

    /**
     * Nobody shares a given name with another member of the household (three «Fatima El Amrani» under one roof read
     * as a mistake). A clash is drawn again from a stream of its own, so the rest of the area stays as it was.
     */
    private static void distinctGivenNames(HouseholdPlan h, Origin origin, long index) {
        SplittableRandom redraw = new SplittableRandom(index * 0x9E3779B97F4A7C15L + 17);
        Set<String> used = new HashSet<>();
        for (Member m : h.members) {
            for (int tries = 0; !used.add(m.givenName) && tries < 50; tries++) {
                m.givenName = SyntheticNames.givenName(origin, m.sex == Sex.F, redraw);
            }
        }
    }

    private void members(HouseholdPlan h, Shape shape, Origin origin, SplittableRandom r) {
        switch (shape) {
            case ALONE -> h.members.add(person(origin, r.nextInt(100) < 55, age(r, 25, 64), "8", r));
            case ELDER_ALONE -> h.members.add(person(origin, r.nextInt(100) < 72, age(r, 65, 95), "8", r));
            case COUPLE, ELDER_COUPLE -> {
                Member ref = person(origin, r.nextInt(100) < 60, shape == Shape.COUPLE ? age(r, 22, 64) : age(r, 65, 90),
                        "8", r);
                h.members.add(ref);
                h.members.add(partner(ref, origin, r));
            }
            case COUPLE_KIDS -> {
                Member ref = person(origin, r.nextInt(100) < 62, age(r, 24, 55), "8", r);
                Member partner = partner(ref, origin, r);
                h.members.add(ref);
                h.members.add(partner);
                children(h, ref, partner, origin, 1 + r.nextInt(2) + (r.nextInt(4) == 0 ? 1 : 0), "3", r);
            }
            case SINGLE_PARENT -> {
                Member ref = person(origin, r.nextInt(100) < 88, age(r, 20, 55), "8", r);
                h.members.add(ref);
                children(h, ref, null, origin, 1 + r.nextInt(2) + (r.nextInt(5) == 0 ? 1 : 0), "3", r);
            }
            case EXTENDED -> extended(h, origin, r);
            case SIBLINGS -> {
                Member ref = person(origin, r.nextBoolean(), age(r, 18, 60), "8", r);
                h.members.add(ref);
                for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                    Member s = person(origin, r.nextBoolean(), ageNear(ref, 12, r), "5", r);
                    s.surname1 = ref.surname1;
                    s.surname2 = ref.surname2;
                    h.members.add(s);
                }
            }
            case SHARED_FLAT -> {
                h.members.add(person(origin, r.nextBoolean(), age(r, 18, 50), "8", r));
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    Origin o = r.nextInt(3) == 0 ? SyntheticNames.ORIGINS.next(r) : origin;
                    h.members.add(person(o, r.nextBoolean(), age(r, 18, 55), "1", r));
                }
            }
        }
    }

    /** Three generations: the reference person's parent(s) live with the family, or grandchildren with an elder. */
    private void extended(HouseholdPlan h, Origin origin, SplittableRandom r) {
        if (r.nextBoolean()) {
            Member ref = person(origin, r.nextInt(100) < 65, age(r, 28, 55), "8", r);
            h.members.add(ref);
            Member partner = r.nextBoolean() ? partner(ref, origin, r) : null;
            if (partner != null) {
                h.members.add(partner);
            }
            children(h, ref, partner, origin, 1 + r.nextInt(3), "3", r);
            Member grandmother = person(origin, true, ageNear(ref, 0, r).minusYears(20 + r.nextInt(14)), "7", r);
            grandmother.surname1 = ref.surname2 != null ? ref.surname2 : grandmother.surname1;
            h.members.add(grandmother);
        } else {
            Member ref = person(origin, r.nextInt(100) < 75, age(r, 62, 85), "8", r);
            h.members.add(ref);
            Member child = person(origin, r.nextInt(100) < 70, ageNear(ref, 0, r).plusYears(20 + r.nextInt(14)), "3", r);
            child.surname1 = ref.surname1;
            h.members.add(child);
            children(h, child, null, origin, 1 + r.nextInt(2), "2", r);
        }
    }

    private Member partner(Member ref, Origin origin, SplittableRandom r) {
        Origin o = origin;
        if (origin == Origin.CATALAN || origin == Origin.SPANISH) {
            o = r.nextInt(3) == 0 ? (origin == Origin.CATALAN ? Origin.SPANISH : Origin.CATALAN) : origin;
        }
        boolean female = r.nextInt(100) < 95 ? ref.sex == Sex.M : ref.sex == Sex.F;
        return person(o, female, ageNear(ref, 6, r), "10", r);
    }

    /** Children of {@code parent} (and {@code other}), born when the mother was 18 to 42. */
    private void children(HouseholdPlan h, Member parent, Member other, Origin origin, int count, String relationship,
            SplittableRandom r) {
        Member father = parent.sex == Sex.M ? parent : other;
        Member mother = parent.sex == Sex.F ? parent : other;
        LocalDate earliest = (mother != null ? mother : parent).birthDate.plusYears(18);
        LocalDate latest = asOf.minusDays(20);
        long room = ChronoUnit.DAYS.between(earliest, latest);
        for (int i = 0; i < count; i++) {
            LocalDate birth = room <= 0 ? latest.minusDays(r.nextInt(200))
                    : earliest.plusDays(r.nextLong(Math.min(room, 24 * 365L) + 1));
            Member c = person(origin, r.nextBoolean(), birth, relationship, r);
            if (SyntheticNames.twoSurnames(origin)) {
                c.surname1 = father != null ? father.surname1 : SyntheticNames.surname(origin, r);
                c.surname2 = mother != null ? mother.surname1 : SyntheticNames.surname(origin, r);
            } else {
                c.surname1 = (father != null ? father : parent).surname1;
            }
            h.members.add(c);
        }
    }

    private LocalDate age(SplittableRandom r, int minYears, int maxYears) {
        return asOf.minusYears(minYears).minusDays(r.nextInt((maxYears - minYears + 1) * 365));
    }

    private static LocalDate ageNear(Member m, int spreadYears, SplittableRandom r) {
        return spreadYears == 0 ? m.birthDate : m.birthDate.plusDays(r.nextInt(2 * spreadYears * 365 + 1) - spreadYears * 365L);
    }

    /** A person of {@code origin} with the documents and circumstances usual for their age and origin. */
    Member person(Origin origin, boolean female, LocalDate birth, String relationship, SplittableRandom r) {
        Member m = new Member();
        m.relationship = relationship;
        m.reference = "8".equals(relationship);
        m.sex = r.nextInt(1000) == 0 ? Sex.X : female ? Sex.F : Sex.M;
        m.givenName = SyntheticNames.givenName(origin, female, r);
        m.surname1 = SyntheticNames.surname(origin, r);
        m.surname2 = SyntheticNames.twoSurnames(origin) ? SyntheticNames.surname(origin, r) : null;
        m.birthDate = birth;
        m.nationality = SyntheticNames.country(origin, r);
        m.motherTongue = SyntheticNames.language(origin, r);
        documents(m, origin, r);
        return m;
    }

    private void documents(Member m, Origin origin, SplittableRandom r) {
        int roll = r.nextInt(100);
        if (!origin.foreign()) {
            boolean child = m.birthDate.isAfter(asOf.minusYears(14));
            m.docType = child && roll < 40 ? IdDocumentType.NONE : IdDocumentType.DNI;
        } else if (roll < 8) {
            m.docType = IdDocumentType.DNI;
            m.nationality = "52";
        } else if (roll < 58) {
            m.docType = IdDocumentType.NIE;
        } else if (roll < 70) {
            m.docType = IdDocumentType.PASSPORT;
        } else {
            m.docType = IdDocumentType.NONE;
        }
        m.docNumber = switch (m.docType) {
            case DNI -> SyntheticIds.dni(r);
            case NIE -> SyntheticIds.nie(r);
            case PASSPORT -> SyntheticIds.passport(r);
            default -> null;
        };
    }

    /** Contact details and circumstances, once the household's place is known. */
    void circumstances(HouseholdPlan h, SplittableRandom r) {
        boolean bcn = SyntheticGeography.isBarcelona(h.place);
        boolean couple = h.members.stream().anyMatch(m -> "10".equals(m.relationship));
        for (Member m : h.members) {
            int age = (int) ChronoUnit.YEARS.between(m.birthDate, asOf);
            boolean adult = age >= 18;
            if (age >= 16 && r.nextInt(100) < (age >= 75 ? 70 : 88)) {
                m.phone = SyntheticIds.phone(r, bcn);
            }
            if (adult && age < 65 && r.nextInt(100) < 25) {
                m.email = Texts.fold(m.givenName.split(" ")[0]) + "." + Texts.fold(m.surname1).replace(" ", "")
                        + r.nextInt(100) + "@" + MAIL_DOMAINS[r.nextInt(MAIL_DOMAINS.length)];
            }
            if (r.nextInt(100) < 7) {
                m.disabilityDegree = new int[] {33, 38, 45, 52, 65, 75, 85}[r.nextInt(7)];
            }
            if (age >= 70 && r.nextInt(100) < 35 || m.disabilityDegree != null && r.nextInt(5) == 0) {
                m.dependencyGrade = String.valueOf(7 + r.nextInt(3));
            }
            if (adult) {
                m.civilStatus = couple && (m.reference || "10".equals(m.relationship))
                        ? (m.reference ? (r.nextBoolean() ? "2" : "3") : h.referencePerson().civilStatus) : CIVIL.next(r);
                m.educationLevel = EDUCATION.next(r);
                m.employment = age >= 65 ? (r.nextInt(10) < 9 ? "3" : "1")
                        : m.docType == IdDocumentType.NONE && r.nextBoolean() ? "4" : EMPLOYMENT.next(r);
                m.incomeNotes = r.nextInt(100) < 20 ? SyntheticTexts.one(INCOME_NOTES, r) : null;
            }
        }
    }

    private void caseShape(HouseholdPlan h, long index, SplittableRandom r) {
        circumstances(h, r);
        boolean heavy = r.nextInt(HEAVY_ONE_IN) == 0;
        long span = ChronoUnit.DAYS.between(historyStart, asOf);
        h.openedOn = heavy ? historyStart.plusDays(r.nextInt(180)) : historyStart.plusDays(r.nextLong(span - 7));
        h.caseNumber = caseNumber(h.team, h.openedOn, index);
        h.origin = CASE_ORIGIN.next(r);
        h.riskLevel = RISK.next(r);
        h.reference = h.team.caseworker(r);
        long ageDays = ChronoUnit.DAYS.between(h.openedOn, asOf);
        if (ageDays > 730 && r.nextInt(5) == 0 && h.team.caseworkers().size() > 1) {
            h.previousReference = h.reference;
            while (h.previousReference.equals(h.reference)) {
                h.reference = h.team.caseworker(r);
            }
            h.referenceChangedOn = h.openedOn.plusDays(180 + r.nextLong(ageDays - 360));
        }
        if (!heavy && ageDays > 90 && r.nextDouble() < Math.min(0.65, ageDays / 365.0 * 0.12)) {
            h.status = CaseStatus.CLOSED;
            h.closedOn = h.openedOn.plusDays(60 + r.nextLong(ageDays - 60));
            h.closingReason = CLOSING.next(r);
            long sinceClosed = ChronoUnit.DAYS.between(h.closedOn, asOf);
            if (sinceClosed > 120 && r.nextInt(5) == 0) {
                h.status = CaseStatus.REOPENED;
                h.reopenedOn = h.closedOn.plusDays(60 + r.nextLong(sinceClosed - 60));
            }
        }
        if (h.referenceChangedOn != null && h.closedOn != null && h.referenceChangedOn.isAfter(h.closedOn)
                && h.reopenedOn == null) {
            h.referenceChangedOn = null;
            h.reference = h.previousReference;
            h.previousReference = null;
        }
        long active = h.activeDays(asOf);
        if (heavy) {
            h.interventions = 400 + r.nextInt(60);
            h.plans = 3;
        } else {
            double rate = RATE_PER_YEAR.next(r) * (0.7 + 0.6 * r.nextDouble());
            h.interventions = Math.max(1, (int) Math.round(rate * active / 365.0));
            boolean open = h.status != CaseStatus.CLOSED;
            h.plans = r.nextInt(100) < (open ? 45 : 25) ? (active > 3 * 365 && r.nextInt(10) < 3 ? 2 : 1) : 0;
        }
        joinsAndLeaves(h, r);
    }

    /** Children born after the case was opened join then; a few members join later or leave. */
    private void joinsAndLeaves(HouseholdPlan h, SplittableRandom r) {
        LocalDate end = h.status == CaseStatus.CLOSED ? h.closedOn : asOf.minusDays(1);
        for (Member m : h.members) {
            if (m.reference) {
                continue;
            }
            if (m.birthDate.isAfter(h.openedOn)) {
                m.joinedOn = m.birthDate;
            } else if (r.nextInt(100) < 8 && end.isAfter(h.openedOn.plusDays(60))) {
                m.joinedOn = h.openedOn.plusDays(30 + r.nextLong(ChronoUnit.DAYS.between(h.openedOn, end) - 29));
            }
            LocalDate from = m.joinedOn != null ? m.joinedOn : h.openedOn;
            if (m.adultOn(asOf) && r.nextInt(100) < 5 && end.isAfter(from.plusDays(400))) {
                m.leftOn = from.plusDays(200 + r.nextLong(ChronoUnit.DAYS.between(from, end) - 199));
            }
        }
    }

    /** {@code EXP-<year>-<team tag>-<n>}, the shape case numbers made on devices have. */
    static String caseNumber(SyntheticStaff.TeamStaff team, LocalDate openedOn, long index) {
        return "EXP-" + openedOn.getYear() + "-" + team.plan().caseTag() + "-" + String.format("%06d", index + 1);
    }
}
