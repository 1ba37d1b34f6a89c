package cat.teixit.gui.sync;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SyncStateTexts;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.logic.sync.SyncService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The words of the sync screens: connection states, what is moving, outcomes, server refusals,
 * record kinds and field names, in the user's language (literal keys only). Use from the FX thread.
 */
public final class SyncTexts {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final I18n i18n;
    private final SyncStateTexts state;
    private final CatalogueService catalogues;

    public SyncTexts(I18n i18n) {
        this(i18n, null);
    }

    /** With the catalogues, coded values read as their labels (nationality: "Marroc", not "MA"). */
    public SyncTexts(I18n i18n, CatalogueService catalogues) {
        this.i18n = i18n;
        this.state = new SyncStateTexts(i18n);
        this.catalogues = catalogues;
    }

    public String connection(SyncService.Connection c, boolean running) {
        return state.connection(c, running);
    }

    /** "never", "09:42" today, or "24/11/2026 09:42". */
    public String when(Instant at) {
        return state.when(at);
    }

    public String activity(SyncService.Activity a) {
        if (a == null) {
            return "";
        }
        return switch (a.phase()) {
            case SESSION -> i18n.t("syncArea.progress.session");
            case PURGE -> i18n.t("syncArea.progress.purge", a.detail());
            case UPLOAD -> i18n.t("syncArea.progress.upload", a.done() + 1, Math.max(a.total(), a.done() + 1));
            case PUSH -> i18n.t("syncArea.progress.push", a.done());
            case PULL -> i18n.t("syncArea.progress.pull", a.detail(), a.done());
            case DONE -> i18n.t("syncArea.progress.done");
        };
    }

    public String outcome(SyncService.Result r) {
        return switch (r.outcome()) {
            case OK -> i18n.t("syncArea.result.ok", r.pushed(), r.pulled());
            case CANCELLED -> i18n.t("syncArea.result.cancelled");
            case OFFLINE -> i18n.t("syncArea.result.offline");
            case LOGIN_REFUSED -> i18n.t("syncArea.result.loginRefused");
            case UPGRADE_REQUIRED -> i18n.t("syncArea.result.upgrade");
            case PROTOCOL_ERROR, SERVER_ERROR -> i18n.t("syncArea.result.serverError");
            case LOCAL_ERROR -> i18n.t("syncArea.result.localError");
            case NOT_LOGGED_IN, NOT_CONFIGURED -> i18n.t("syncArea.result.notReady");
        };
    }

    public String reason(String code) {
        return switch (code) {
            case "forbidden_scope" -> i18n.t("syncArea.reason.forbiddenScope");
            case "forbidden_role" -> i18n.t("syncArea.reason.forbiddenRole");
            case "not_found" -> i18n.t("syncArea.reason.notFound");
            case "already_exists" -> i18n.t("syncArea.reason.alreadyExists");
            case "type_mismatch", "invalid_field_name", "reserved_field_name", "too_many_fields", "fields_too_large",
                    "insert_without_fields", "nul_character", "number_too_long", "value_too_deep",
                    "record_too_large" -> i18n.t("syncArea.reason.invalid", code);
            case "hlc_ahead", "hlc_other_device" -> i18n.t("syncArea.reason.clock", code);
            default -> i18n.t("syncArea.reason.other", code);
        };
    }

    public String entity(String type) {
        return switch (type) {
            case "person" -> i18n.t("syncArea.entity.person");
            case "household" -> i18n.t("syncArea.entity.household");
            case "household_member" -> i18n.t("syncArea.entity.householdMember");
            case "case_file" -> i18n.t("syncArea.entity.caseFile");
            case "intervention" -> i18n.t("syncArea.entity.intervention");
            case "attachment" -> i18n.t("syncArea.entity.attachment");
            case "intervention_plan", "plan_goal", "plan_action" -> i18n.t("syncArea.entity.plan");
            case "referral" -> i18n.t("syncArea.entity.referral");
            case "consent" -> i18n.t("syncArea.entity.consent");
            case "demand", "assessment", "resource_assignment" -> i18n.t("syncArea.entity.resource");
            case "appointment" -> i18n.t("syncArea.entity.appointment");
            case "group_activity", "group_session", "group_enrolment", "group_attendance" ->
                    i18n.t("syncArea.entity.groups");
            default -> i18n.t("syncArea.entity.other", type);
        };
    }

    public String kind(ConflictService.Kind k) {
        return switch (k) {
            case FIELDS -> i18n.t("syncArea.conflict.kind.fields");
            case DELETED_ON_SERVER -> i18n.t("syncArea.conflict.kind.deletedOnServer");
            case EDITED_ON_SERVER -> i18n.t("syncArea.conflict.kind.editedOnServer");
        };
    }

    /** A field's name as the forms call it, or its stored name made readable. */
    public String field(String name) {
        return switch (name) {
            case "given_name" -> i18n.t("person.givenName");
            case "surname1" -> i18n.t("person.surname1");
            case "surname2" -> i18n.t("person.surname2");
            case "phone" -> i18n.t("person.phone");
            case "email" -> i18n.t("person.email");
            case "address" -> i18n.t("person.address");
            case "municipality" -> i18n.t("person.municipality");
            case "district" -> i18n.t("person.district");
            case "birth_date" -> i18n.t("person.birthDate");
            case "nationality" -> i18n.t("person.nationality");
            case "sex" -> i18n.t("person.sex");
            case "id_doc_type" -> i18n.t("person.docType");
            case "id_doc_number" -> i18n.t("person.docNumber");
            case "notes" -> i18n.t("intervention.notes");
            case "occurred_at" -> i18n.t("intervention.date");
            case "duration_min" -> i18n.t("intervention.duration");
            case "kind" -> i18n.t("intervention.kind");
            case "confidential" -> i18n.t("intervention.confidential");
            case "description" -> i18n.t("demand.description");
            case "relationship" -> i18n.t("household.column.relationship");
            case "joined_on" -> i18n.t("household.column.joined");
            case "left_on" -> i18n.t("household.column.left");
            case "housing_tenure" -> i18n.t("household.housing");
            case "housing_notes" -> i18n.t("household.housingNotes");
            case "name" -> i18n.t("household.column.name");
            case "closed_on" -> i18n.t("casefile.close.date");
            case "closing_reason" -> i18n.t("casefile.close.reason");
            case "starts_on" -> i18n.t("plan.start");
            case "review_on" -> i18n.t("plan.review");
            case "cost_cents" -> i18n.t("resource.column.cost");
            case "funding" -> i18n.t("resource.funding");
            case "status" -> i18n.t("resource.column.status");
            case "starts_at" -> i18n.t("agenda.field.startsAt");
            case "ends_at" -> i18n.t("agenda.field.endsAt");
            case "room" -> i18n.t("agenda.form.room");
            case "request_date" -> i18n.t("agenda.form.requestDate");
            case "cancel_reason" -> i18n.t("agenda.field.cancelReason");
            case "professional_id" -> i18n.t("agenda.form.professional");
            case "mark" -> i18n.t("groups.field.mark");
            default -> name.replace('_', ' ');
        };
    }

    /** A value side by side: empty shown as such. */
    public String value(String v) {
        return v == null || v.isEmpty() ? i18n.t("syncArea.conflict.empty") : v;
    }

    /** A field's value side by side, as people read it: dates in the user's form, moments with their time. */
    public String value(String field, String v) {
        var catalogue = ConflictService.catalogueOf(field);
        if (catalogues != null && catalogue.isPresent() && v != null && !v.isEmpty()) {
            return catalogues.label(catalogue.get(), v, i18n.shownLanguage().get());
        }
        if ("funding".equals(field) && v != null) {
            try {
                return i18n.t(EnumKeys.funding(cat.teixit.model.casefile.Funding.valueOf(v)));
            } catch (IllegalArgumentException e) {
                return v; // a value this version does not know: shown as it is
            }
        }
        return value(readable(field, v, i18n.dateFormatter()));
    }

    /** A field's value as the merge box offers it: dates as dd/mm/aaaa, which the service reads back. */
    public String editable(String field, String v) {
        return readable(field, v, TYPED_DATE);
    }

    private String readable(String field, String v, DateTimeFormatter dates) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        try {
            if (ConflictService.isDateField(field)) {
                return LocalDate.parse(v).format(dates);
            }
            if (ConflictService.isCentsField(field)) {
                return Amounts.format(Long.parseLong(v), i18n.language());
            }
            if (ConflictService.isMomentField(field)) {
                ZonedDateTime t = Instant.ofEpochMilli(Long.parseLong(v)).atZone(I18n.ZONE);
                return t.format(dates) + " " + t.format(HOUR);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return v; // not what the column usually holds: shown as it is
        }
        return v;
    }
}
