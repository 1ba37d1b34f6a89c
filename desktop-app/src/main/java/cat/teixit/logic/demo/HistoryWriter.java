package cat.teixit.logic.demo;

import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.logic.demo.HouseholdPlan.Member;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.PlanStatus;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.persistence.demo.BulkLoader;
import cat.teixit.persistence.demo.BulkLoader.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Writes a planned household and the whole social history of its case file: members, case
 * events, interventions, demands, assessments, resources, referrals, plans and collaborators, each
 * dated inside the periods the case file was open. Not thread-safe (one per generating thread).
 */
final class HistoryWriter {

    private static final Pick<InterventionKind> KINDS = Pick.weighted(InterventionKind.OFFICE_INTERVIEW, 36,
            InterventionKind.PHONE_CALL, 30, InterventionKind.HOME_VISIT, 11, InterventionKind.COORDINATION, 15,
            InterventionKind.REPORT, 5, InterventionKind.OTHER, 3);
    private static final Pick<String> DEMAND_AREA = Pick.weighted("1", 35, "2", 15, "3", 15, "4", 35);
    private static final List<List<String>> RESOURCES_BY_AREA = List.of(
            List.of("1.1.1", "1.1.2.3", "1.1.2.5", "2.6.1", "2.6.2", "2.6.3", "1.1.5"),
            List.of("1.1.2.1", "1.1.2.2", "1.2.3.8", "1.2.3.7", "1.2.2.1.2", "2.1.12", "1.2.3.1"),
            List.of("1.1.3.1", "1.1.3.2", "2.3.6", "2.3.4", "1.1.2.4", "2.2.8"),
            List.of("2.1.13", "2.3.2", "2.3.7.2", "2.3.7.1", "2.4.2", "1.1.4", "2.1.14", "1.1.6.1", "2.4.1", "2.3.1"));

    private final BulkLoader loader;
    private final SyntheticIds.Sequence ids;
    private final LocalDate asOf;
    /** The history ends the day before {@code asOf}: nothing is dated in the future. */
    private final long endMillis;
    /** The agenda so far, shared by every writer of one generation: appointments never overlap. */
    private final AgendaSlots agenda;

    HistoryWriter(BulkLoader loader, SyntheticIds.Sequence ids, LocalDate asOf, AgendaSlots agenda) {
        this.loader = loader;
        this.ids = ids;
        this.asOf = asOf;
        this.agenda = agenda;
        this.endMillis = asOf.atStartOfDay(CaseDeps.ZONE).toInstant().toEpochMilli() - 1;
    }

    /** Writes the household and its case file's history; returns the case, for entries written by hand. */
    Case write(HouseholdPlan h, SplittableRandom r) {
        String scope = h.team.scope();
        long openedAt = at(h.openedOn, r).toEpochMilli();
        UUID householdId = ids.next();
        loader.add(Table.HOUSEHOLD, householdId, scope, SyntheticIds.hlc(openedAt), h.name(), h.address,
                h.place.municipality(), h.place.district(), h.housingTenure, h.housingNotes, Instant.ofEpochMilli(openedAt));
        SyntheticStaff.Professional first = h.previousReference != null ? h.previousReference : h.reference;
        for (Member m : h.members) {
            LocalDate joined = m.joinedOn != null ? m.joinedOn : h.openedOn;
            long created = Math.max(openedAt, at(joined, r).toEpochMilli());
            m.id = ids.next();
            loader.add(Table.PERSON, m.id, scope, SyntheticIds.hlc(created), m.givenName, m.surname1, m.surname2,
                    m.docType, m.docNumber, m.birthDate, m.sex, m.nationality, m.motherTongue, m.phone, m.email,
                    h.address, h.place.municipality(), h.place.district(), null, m.disabilityDegree, m.dependencyGrade,
                    m.civilStatus, m.educationLevel, m.employment, m.incomeNotes, Instant.ofEpochMilli(created),
                    first.id().toString());
            long memberChanged = m.leftOn != null ? at(m.leftOn, r).toEpochMilli() : created;
            loader.add(Table.HOUSEHOLD_MEMBER, ids.next(), scope, SyntheticIds.hlc(memberChanged),
                    householdId, m.id, m.relationship, m.reference, joined, m.leftOn);
        }
        UUID caseFileId = ids.next();
        long caseChanged = latest(openedAt, h.closedOn, h.reopenedOn, h.referenceChangedOn, r);
        boolean closed = h.status == CaseStatus.CLOSED;
        loader.add(Table.CASE_FILE, caseFileId, scope, SyntheticIds.hlc(caseChanged), h.caseNumber, householdId,
                h.team.id(), h.status, h.openedOn, h.origin, closed ? h.closedOn : null, closed ? h.closingReason : null,
                h.reference.id(), h.riskLevel, Instant.ofEpochMilli(openedAt));
        Case c = new Case(h, caseFileId, scope, r);
        events(c, openedAt, first);
        collaborators(c);
        interventions(c);
        demands(c);
        referrals(c);
        plans(c);
        return c;
    }

    /** A case file being written, with its random source. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    final class Case {
        final HouseholdPlan h;
        final UUID id;
        final String scope;
        final SplittableRandom r;

        /** A random day on which the case file was open. */
        LocalDate activeDay() {
            long total = h.activeDays(asOf);
            long d = total <= 1 ? 0 : r.nextLong(total);
            if (h.status == CaseStatus.REOPENED) {
                long firstPeriod = ChronoUnit.DAYS.between(h.openedOn, h.closedOn);
                return d < firstPeriod ? h.openedOn.plusDays(d) : h.reopenedOn.plusDays(d - firstPeriod);
            }
            return h.openedOn.plusDays(d);
        }

        LocalDate lastDay() {
            return h.status == CaseStatus.CLOSED ? h.closedOn : asOf.minusDays(1);
        }

        /** A later day, at most {@code maxDays} on, never past the case's last day. */
        LocalDate after(LocalDate day, int maxDays) {
            LocalDate d = day.plusDays(r.nextInt(maxDays + 1));
            return d.isAfter(lastDay()) ? lastDay() : d;
        }

        SyntheticStaff.Professional referenceOn(LocalDate day) {
            return h.referenceChangedOn != null && day.isBefore(h.referenceChangedOn) ? h.previousReference : h.reference;
        }

        /** Who the record is about: mostly an adult living there that day, sometimes the whole household. */
        Member subject(LocalDate day) {
            if (r.nextInt(4) == 0) {
                return null;
            }
            Member ref = h.referencePerson();
            if (r.nextInt(3) > 0) {
                return ref;
            }
            Member m = h.members.get(r.nextInt(h.members.size()));
            boolean there = (m.joinedOn == null || !m.joinedOn.isAfter(day)) && (m.leftOn == null || m.leftOn.isAfter(day));
            return there && m.adultOn(day) ? m : ref;
        }

        void event(String kind, LocalDate day, SyntheticStaff.Professional author, UUID personId, String detail) {
            long at = at(day, r).toEpochMilli();
            loader.add(Table.CASE_EVENT, ids.next(), scope, SyntheticIds.hlc(at), id, personId, kind,
                    at, author.id(), detail);
        }
    }

    private void events(Case c, long openedAt, SyntheticStaff.Professional first) {
        HouseholdPlan h = c.h;
        loader.add(Table.CASE_EVENT, ids.next(), c.scope, SyntheticIds.hlc(openedAt), c.id, null,
                "OPENED", openedAt, first.id(), null);
        if (h.closedOn != null) {
            c.event("CLOSED", h.closedOn, c.referenceOn(h.closedOn), null, h.closingReason);
        }
        if (h.reopenedOn != null) {
            c.event("REOPENED", h.reopenedOn, h.reference, null, null);
        }
        if (h.referenceChangedOn != null) {
            c.event("REFERENCE_CHANGED", h.referenceChangedOn, h.previousReference, null, h.reference.displayName());
        }
        for (Member m : h.members) {
            if (m.joinedOn != null) {
                c.event("MEMBER_JOINED", m.joinedOn, c.referenceOn(m.joinedOn), m.id, null);
            }
            if (m.leftOn != null) {
                c.event("MEMBER_LEFT", m.leftOn, c.referenceOn(m.leftOn), m.id, null);
            }
        }
        if (c.r.nextInt(100) < 5) {
            LocalDate day = c.activeDay();
            c.event("HOUSING_CHANGED", day, c.referenceOn(day), null, null);
        }
    }

    private void collaborators(Case c) {
        if (c.r.nextInt(100) >= 20 || c.h.team.caseworkers().size() < 2) {
            return;
        }
        for (int i = 0, n = 1 + c.r.nextInt(2); i < n; i++) {
            SyntheticStaff.Professional p = c.h.team.caseworker(c.r);
            if (p.equals(c.h.reference)) {
                continue;
            }
            LocalDate day = c.activeDay();
            long at = at(day, c.r).toEpochMilli();
            loader.add(Table.CASE_COLLABORATOR, ids.next(), c.scope, SyntheticIds.hlc(at), c.id, p.id(),
                    day);
            c.event("COLLABORATOR_ADDED", day, c.referenceOn(day), null, p.displayName());
        }
    }

    private void interventions(Case c) {
        firstVisit(c);
        for (int i = 0; i < c.h.interventions; i++) {
            LocalDate day = c.activeDay();
            InterventionKind kind = KINDS.next(c.r);
            Member who = c.subject(day);
            boolean confidential = c.r.nextInt(100) < 3;
            String name = (who != null ? who : c.h.referencePerson()).givenName;
            intervention(c, day, kind, who, SyntheticTexts.notes(kind, name, confidential, c.r), confidential);
        }
        upcoming(c);
    }

    // ---- the agenda: the appointments behind the case file's history

    /** The rooms of every team's office. */
    private static final List<String> ROOMS = List.of("Despatx 1", "Despatx 2", "Despatx 3", "Sala de reunions");
    private static final String[] CANCEL_REASONS = {"La persona demana canviar el dia.", "Baixa de la professional.",
        "Coincideix amb una visita mèdica.", "La família ha marxat uns dies fora."};

    /** The first visit: the day the case file was opened, asked for some days before (the waiting time). */
    private void firstVisit(Case c) {
        Member who = c.h.referencePerson();
        long at = at(c.h.openedOn, c.r).toEpochMilli();
        LocalDate requested = c.h.openedOn.minusDays(2 + c.r.nextInt(40));
        appointment(c, c.h.reference, who, "FIRST_VISIT", slot(c, c.h.reference, "FIRST_VISIT", at, 45, endMillis), 45,
                "ATTENDED", null, requested);
    }

    /** An office interview or home visit took place at an appointment; some others were missed or called off. */
    private void booked(Case c, LocalDate day, String type, Member who, AgendaSlots.Slot slot, int minutes,
            SyntheticStaff.Professional professional) {
        appointment(c, professional, who, type, slot, minutes, "ATTENDED", null, null);
        int dice = c.r.nextInt(100);
        if (day.isBefore(c.h.openedOn.plusDays(15))) {
            return;
        }
        long before = slot.at() - 86_400_000L;
        if (dice < 8) {
            long missed = Math.min(at(c.after(day.minusDays(14), 10), c.r).toEpochMilli(), before);
            appointment(c, professional, who, type, slot(c, professional, type, missed, minutes, before), minutes,
                    "NO_SHOW", null, null);
        } else if (dice < 12) {
            // A cancelled appointment holds no place in the agenda: it may lie under a later booking.
            long called = Math.min(at(c.after(day.minusDays(10), 7), c.r).toEpochMilli(), before);
            String room = type.equals("HOME_VISIT") ? null : ROOMS.get(c.r.nextInt(ROOMS.size()));
            appointment(c, professional, who, type, new AgendaSlots.Slot(called, room), minutes, "CANCELLED",
                    CANCEL_REASONS[c.r.nextInt(CANCEL_REASONS.length)], null);
        }
    }

    /** A free place in the agenda of {@code professional} (and of a room, for office appointments) near {@code at}. */
    private AgendaSlots.Slot slot(Case c, SyntheticStaff.Professional professional, String type, long at, int minutes,
            long latestStart) {
        return agenda.reserve(professional.id(), c.scope, type.equals("HOME_VISIT") ? List.of() : ROOMS, at, minutes,
                latestStart, c.r);
    }

    /** An open case file often has its next appointment booked in the coming weeks (working days, office hours). */
    private void upcoming(Case c) {
        if (c.h.status == CaseStatus.CLOSED || c.r.nextInt(3) > 0) {
            return;
        }
        LocalDate day = asOf.plusDays(c.r.nextInt(20));
        if (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(8 - day.getDayOfWeek().getValue());
        }
        long at = day.atTime(LocalTime.of(9, 0).plusMinutes(15L * c.r.nextInt(22))).atZone(CaseDeps.ZONE).toInstant()
                .toEpochMilli();
        String type = c.r.nextInt(5) == 0 ? "HOME_VISIT" : "FOLLOW_UP";
        appointment(c, c.h.reference, c.h.referencePerson(), type, slot(c, c.h.reference, type, at, 45, Long.MAX_VALUE),
                45, "BOOKED", null, null);
    }

    private void appointment(Case c, SyntheticStaff.Professional professional, Member who, String kind,
            AgendaSlots.Slot slot, int minutes, String status, String cancelReason, LocalDate requested) {
        long at = slot.at();
        long created = Math.min(endMillis, at - 86_400_000L * (1 + c.r.nextInt(20)));
        String room = slot.room();
        loader.add(Table.APPOINTMENT, ids.next(), c.scope, SyntheticIds.hlc(Math.min(endMillis, at)),
                professional.id(), who == null ? null : who.id, null, c.id, kind, at, at + 60_000L * minutes,
                room, status, cancelReason, requested, false, null, false, professional.id(), created);
    }

    /** One intervention; its author is mostly the reference professional of the day. */
    void intervention(Case c, LocalDate day, InterventionKind kind, Member who, String notes, boolean confidential) {
        SplittableRandom r = c.r;
        long at = at(day, r).toEpochMilli();
        SyntheticStaff.Professional author = r.nextInt(4) > 0 ? c.referenceOn(day) : c.h.team.anyone(r);
        String others = null;
        if (r.nextInt(10) == 0) {
            SyntheticStaff.Professional other = c.h.team.anyone(r);
            others = other.equals(author) ? null : other.id().toString();
        }
        long afterwards = 60_000L * (10 + r.nextInt(600));
        int minutes = duration(kind, r);
        // An office interview or home visit took place at an appointment; it is placed where the agenda is free.
        String type = switch (kind) {
            case OFFICE_INTERVIEW -> "FOLLOW_UP";
            case HOME_VISIT -> "HOME_VISIT";
            default -> null;
        };
        AgendaSlots.Slot slot = type == null ? null : slot(c, author, type, at, minutes, endMillis);
        if (slot != null) {
            at = slot.at();
        }
        long created = Math.min(endMillis, at + afterwards);
        loader.add(Table.INTERVENTION, ids.next(), c.scope, SyntheticIds.hlc(created), c.id,
                who == null ? null : who.id, kind, at, minutes, author.id(), others, notes, confidential,
                created);
        if (slot != null) {
            booked(c, day, type, who, slot, minutes, author);
        }
    }

    private static int duration(InterventionKind kind, SplittableRandom r) {
        return switch (kind) {
            case OFFICE_INTERVIEW -> 30 + 15 * r.nextInt(3);
            case HOME_VISIT -> 45 + 15 * r.nextInt(5);
            case PHONE_CALL -> 5 + 5 * r.nextInt(4);
            case COORDINATION -> 15 + 15 * r.nextInt(4);
            case REPORT -> 30 + 30 * r.nextInt(4);
            case OTHER -> 30 + 30 * r.nextInt(5);
        };
    }

    /** Demands (the first one when the case is opened), most assessed, many leading to resources. */
    private void demands(Case c) {
        SplittableRandom r = c.r;
        int count = 1 + c.h.interventions / 10;
        for (int i = 0; i < count; i++) {
            LocalDate day = i == 0 ? c.h.openedOn : c.activeDay();
            long at = at(day, r).toEpochMilli();
            String area = DEMAND_AREA.next(r);
            Member who = r.nextInt(5) > 0 ? c.h.referencePerson() : c.subject(day);
            UUID demandId = ids.next();
            UUID personId = who == null ? null : who.id;
            loader.add(Table.DEMAND, demandId, c.scope, SyntheticIds.hlc(at), c.id, personId, at, area,
                    SyntheticTexts.demand(area, r), c.referenceOn(day).id());
            UUID assessmentId = null;
            long aat = Long.MAX_VALUE;
            if (r.nextInt(10) < 7) {
                LocalDate assessed = c.after(day, 30);
                aat = Math.max(at, at(assessed, r).toEpochMilli());
                assessmentId = ids.next();
                loader.add(Table.ASSESSMENT, assessmentId, c.scope, SyntheticIds.hlc(aat), c.id, personId,
                        demandId, aat, problems(r), c.h.riskLevel, SyntheticTexts.one(SyntheticTexts.ASSESSMENT, r),
                        c.referenceOn(assessed).id());
            }
            int resources = r.nextInt(10) < 3 ? 0 : r.nextInt(10) < 7 ? 1 : 2;
            for (int k = 0; k < resources; k++) {
                resource(c, day, area, personId, demandId, assessmentId, aat);
            }
        }
    }

    private static String problems(SplittableRandom r) {
        TreeSet<String> codes = new TreeSet<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            codes.add(String.format("P%02d", 1 + r.nextInt(10)));
        }
        return String.join(",", codes);
    }

    /** A resource for a demand; it answers the demand's assessment when proposed after it (at {@code assessedAt}). */
    private void resource(Case c, LocalDate demandDay, String area, UUID personId, UUID demandId, UUID assessmentId,
            long assessedAt) {
        SplittableRandom r = c.r;
        List<String> codes = RESOURCES_BY_AREA.get(Integer.parseInt(area) - 1);
        String code = codes.get(r.nextInt(codes.size()));
        LocalDate proposed = c.after(demandDay, 20);
        long at = at(proposed, r).toEpochMilli();
        long age = ChronoUnit.DAYS.between(proposed, asOf);
        ResourceStatus status;
        if (age < 30) {
            status = r.nextBoolean() ? ResourceStatus.PROPOSED : ResourceStatus.REQUESTED;
        } else {
            int roll = r.nextInt(100);
            status = roll < 12 ? ResourceStatus.DENIED : roll < 30 ? ResourceStatus.GRANTED
                    : roll < 55 ? ResourceStatus.STARTED : roll < 92 ? ResourceStatus.FINISHED : ResourceStatus.REQUESTED;
        }
        long statusAt = status == ResourceStatus.PROPOSED ? at
                : Math.min(endMillis, at + 86_400_000L * (10 + r.nextInt((int) Math.max(1, Math.min(age, 120)))));
        Long cost = code.startsWith("2") && status != ResourceStatus.DENIED ? 100L * (50 + r.nextInt(2950)) : null;
        loader.add(Table.RESOURCE_ASSIGNMENT, ids.next(), c.scope, SyntheticIds.hlc(statusAt), c.id,
                personId, demandId, code, status, at, statusAt, cost, null, c.referenceOn(proposed).id(),
                at >= assessedAt ? assessmentId : null, funding(status, statusAt));
    }

    /**
     * Who funds a granted resource: mostly the council and the Generalitat, some the provincial council, a few the
     * others, 2 in 100 not recorded. Taken from the status moment, so that the area's other random draws stay as they were.
     */
    private static Funding funding(ResourceStatus status, long statusAt) {
        if (status != ResourceStatus.GRANTED && status != ResourceStatus.STARTED && status != ResourceStatus.FINISHED) {
            return null;
        }
        // A multiplicative hash of the moment (moments fall on whole minutes, so the moment alone would not spread).
        int roll = Math.floorMod(Long.hashCode(statusAt * 0x9E3779B97F4A7C15L) ^ (int) (statusAt >>> 29), 100);
        return roll < 45 ? Funding.MUNICIPAL : roll < 75 ? Funding.GENERALITAT : roll < 85 ? Funding.PROVINCIAL
                : roll < 90 ? Funding.COUNTY : roll < 95 ? Funding.STATE : roll < 98 ? Funding.EUROPEAN : null;
    }

    private void referrals(Case c) {
        SplittableRandom r = c.r;
        int count = c.h.interventions >= 300 ? 5 : r.nextInt(100) < 15 ? 1 + r.nextInt(2) : 0;
        boolean consented = false;
        for (int i = 0; i < count; i++) {
            LocalDate day = c.activeDay();
            long at = at(day, r).toEpochMilli();
            int roll = r.nextInt(100);
            ReferralTargetKind kind = roll < 80 ? ReferralTargetKind.SERVICE : roll < 90 ? ReferralTargetKind.TEAM
                    : roll < 95 ? ReferralTargetKind.MUNICIPALITY : ReferralTargetKind.PROFESSIONAL;
            String target = switch (kind) {
                case SERVICE -> SyntheticTexts.one(SyntheticTexts.REFERRAL_SERVICES, r);
                case TEAM -> SyntheticGeography.TEAMS.get(r.nextInt(SyntheticGeography.TEAMS.size())).name();
                case MUNICIPALITY -> r.nextBoolean() ? "Figueres" : "Banyoles";
                case PROFESSIONAL -> c.h.team.anyone(r).displayName();
            };
            if (!consented && (kind == ReferralTargetKind.SERVICE || kind == ReferralTargetKind.MUNICIPALITY)) {
                // A referral outside the social services needs the person's consent to share the file: given that day.
                loader.add(Table.CONSENT, ids.next(), c.scope, SyntheticIds.hlc(at), c.h.referencePerson().id, "SHARING",
                        day, null, null, null, c.referenceOn(day).id(), at);
                consented = true;
            }
            long age = ChronoUnit.DAYS.between(day, asOf);
            int answer = r.nextInt(100);
            ReferralStatus status = age < 40 && answer < 60 ? ReferralStatus.PENDING
                    : answer < 80 ? ReferralStatus.ACCEPTED : ReferralStatus.REJECTED;
            Long responded = status == ReferralStatus.PENDING ? null
                    : Math.min(endMillis, at + 86_400_000L * (3 + r.nextInt(37)));
            loader.add(Table.REFERRAL, ids.next(), c.scope,
                    SyntheticIds.hlc(responded == null ? at : responded), c.id, c.h.referencePerson().id, kind, target,
                    SyntheticTexts.one(SyntheticTexts.REFERRAL_REASONS, r), status, at, responded,
                    status == ReferralStatus.REJECTED ? SyntheticTexts.one(SyntheticTexts.REJECTION_REASONS, r) : null, c.referenceOn(day).id());
        }
    }

    /** Plans one after another; the last one is still active unless the case file is closed. */
    private void plans(Case c) {
        SplittableRandom r = c.r;
        HouseholdPlan h = c.h;
        for (int i = 0; i < h.plans; i++) {
            boolean active = i == h.plans - 1 && h.status != CaseStatus.CLOSED;
            LocalDate starts = c.activeDay();
            if (active && h.reopenedOn != null && starts.isBefore(h.reopenedOn)) {
                starts = c.after(h.reopenedOn, 60);
            }
            LocalDate review = active ? (h.activePlanReview != null ? h.activePlanReview
                    : asOf.plusDays(r.nextInt(300) - 120)) : starts.plusMonths(6);
            long at = at(starts, r).toEpochMilli();
            UUID planId = ids.next();
            SyntheticStaff.Professional author = c.referenceOn(starts);
            String title = "Pla de treball " + starts.getYear();
            loader.add(Table.INTERVENTION_PLAN, planId, c.scope, SyntheticIds.hlc(at), c.id, title,
                    active ? PlanStatus.ACTIVE : PlanStatus.CLOSED, starts, review,
                    r.nextInt(10) < 7 ? SyntheticTexts.one(SyntheticTexts.AGREEMENTS, r) : null, author.id(), at);
            c.event("PLAN_CREATED", starts, author, null, title);
            java.util.BitSet usedGoals = new java.util.BitSet();
            for (int g = 0, goals = 2 + r.nextInt(3); g < goals; g++) {
                UUID goalId = ids.next();
                loader.add(Table.PLAN_GOAL, goalId, c.scope, SyntheticIds.hlc(at), planId,
                        SyntheticTexts.unused(SyntheticTexts.PLAN_GOALS, usedGoals, r), g, !active && r.nextInt(10) < 6);
                for (int a = 0, actions = 1 + r.nextInt(2); a < actions; a++) {
                    LocalDate due = starts.plusDays(30 + r.nextInt(150));
                    LocalDate done = due.isBefore(asOf) && r.nextInt(10) < 6 ? due.minusDays(r.nextInt(20)) : null;
                    loader.add(Table.PLAN_ACTION, ids.next(), c.scope, SyntheticIds.hlc(at), planId, goalId,
                            SyntheticTexts.one(SyntheticTexts.PLAN_ACTIONS, r), SyntheticTexts.one(SyntheticTexts.RESPONSIBLE, r), due, done);
                }
            }
        }
    }

    /** An office-hours moment of a working day (Catalan time) on or after {@code day}, never after the end of the history. */
    Instant at(LocalDate day, SplittableRandom r) {
        // Weekend work moves to the Monday after, unless that is past the end of the history.
        LocalDate d = switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
        if (!d.isBefore(asOf)) {
            d = day.isBefore(asOf) ? day : asOf.minusDays(1);
        }
        LocalTime time = LocalTime.of(8, 30).plusMinutes(5L * r.nextInt(120));
        long millis = d.atTime(time).atZone(CaseDeps.ZONE).toInstant().toEpochMilli();
        return Instant.ofEpochMilli(Math.min(millis, endMillis));
    }

    private long latest(long openedAt, LocalDate closed, LocalDate reopened, LocalDate changed, SplittableRandom r) {
        long max = openedAt;
        for (LocalDate d : new LocalDate[] {closed, reopened, changed}) {
            if (d != null) {
                max = Math.max(max, at(d, r).toEpochMilli());
            }
        }
        return max;
    }
}
