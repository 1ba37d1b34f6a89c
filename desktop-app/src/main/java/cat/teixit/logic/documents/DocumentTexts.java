package cat.teixit.logic.documents;

import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.user.Role;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words documents print for the application's values, in the document's language (documents are made in
 * the language asked for, whatever the interface's). Stateless.
 */
final class DocumentTexts {

    private DocumentTexts() {
    }

    static Locale locale(Language l) {
        return switch (l) {
            case CATALAN -> Locale.forLanguageTag("ca-ES");
            case SPANISH -> Locale.forLanguageTag("es-ES");
            case ENGLISH -> Locale.forLanguageTag("en-GB");
        };
    }

    /** {@code 5 de desembre del 2026}. */
    static String longDate(LocalDate d, Language l) {
        return d == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(l)).format(d);
    }

    /** {@code 05/12/2026}. */
    static String shortDate(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d);
    }

    static String status(CaseStatus s, Language l) {
        return pick(l, switch (s) {
            case OPEN -> new String[] {"obert", "abierto", "open"};
            case CLOSED -> new String[] {"tancat", "cerrado", "closed"};
            case REOPENED -> new String[] {"reobert", "reabierto", "reopened"};
        });
    }

    static String status(ResourceStatus s, Language l) {
        return pick(l, switch (s) {
            case PROPOSED -> new String[] {"Proposat", "Propuesto", "Proposed"};
            case REQUESTED -> new String[] {"Sol·licitat", "Solicitado", "Requested"};
            case GRANTED -> new String[] {"Concedit", "Concedido", "Granted"};
            case DENIED -> new String[] {"Denegat", "Denegado", "Denied"};
            case STARTED -> new String[] {"Iniciat", "Iniciado", "Started"};
            case FINISHED -> new String[] {"Finalitzat", "Finalizado", "Finished"};
        });
    }

    static String kind(TimelineEntry.Kind k, Language l) {
        return pick(l, switch (k) {
            case INTERVENTION -> new String[] {"Intervenció", "Intervención", "Intervention"};
            case DEMAND -> new String[] {"Demanda", "Demanda", "Request"};
            case ASSESSMENT -> new String[] {"Valoració", "Valoración", "Assessment"};
            case RESOURCE -> new String[] {"Recurs", "Recurso", "Resource"};
            case REFERRAL -> new String[] {"Derivació", "Derivación", "Referral"};
            case DOCUMENT -> new String[] {"Document", "Documento", "Document"};
            case EVENT -> new String[] {"Expedient", "Expediente", "Case file"};
            case APPOINTMENT -> new String[] {"Cita", "Cita", "Appointment"};
            case ATTENDANCE -> new String[] {"Activitat de grup", "Actividad de grupo", "Group activity"};
        });
    }

    /** An intervention's kind ({@code HOME_VISIT}) in words; empty for anything else. */
    static String intervention(String kind, Language l) {
        InterventionKind k;
        try {
            k = InterventionKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            return "";
        }
        return pick(l, switch (k) {
            case OFFICE_INTERVIEW -> new String[] {"Entrevista al despatx", "Entrevista en el despacho", "Office interview"};
            case HOME_VISIT -> new String[] {"Visita a domicili", "Visita a domicilio", "Home visit"};
            case PHONE_CALL -> new String[] {"Trucada", "Llamada", "Phone call"};
            case COORDINATION -> new String[] {"Coordinació", "Coordinación", "Coordination"};
            case REPORT -> new String[] {"Informe", "Informe", "Report"};
            case OTHER -> new String[] {"Intervenció", "Intervención", "Intervention"};
        });
    }

    static String document(IdDocumentType t, String number, Language l) {
        if (t == null || t == IdDocumentType.NONE || number == null || number.isBlank()) {
            return "";
        }
        String type = pick(l, switch (t) {
            case DNI -> new String[] {"DNI", "DNI", "DNI"};
            case NIE -> new String[] {"NIE", "NIE", "NIE"};
            case PASSPORT -> new String[] {"Passaport", "Pasaporte", "Passport"};
            case OTHER, NONE -> new String[] {"Document", "Documento", "Document"};
        });
        return type + " " + number.strip();
    }

    /** The role a professional signs with (the first that names a profession). */
    static String role(java.util.Set<Role> roles, Language l) {
        Role r = roles.contains(Role.SOCIAL_WORKER) ? Role.SOCIAL_WORKER
                : roles.contains(Role.SOCIAL_EDUCATOR) ? Role.SOCIAL_EDUCATOR
                : roles.contains(Role.FAMILY_WORKER) ? Role.FAMILY_WORKER
                : roles.contains(Role.TEAM_LEAD) ? Role.TEAM_LEAD
                : roles.contains(Role.ADMINISTRATIVE) ? Role.ADMINISTRATIVE : Role.ADMINISTRATOR;
        return pick(l, switch (r) {
            case SOCIAL_WORKER -> new String[] {"Treballador/a social", "Trabajador/a social", "Social worker"};
            case SOCIAL_EDUCATOR -> new String[] {"Educador/a social", "Educador/a social", "Social educator"};
            case FAMILY_WORKER -> new String[] {"Treballador/a familiar", "Trabajador/a familiar", "Family worker"};
            case TEAM_LEAD -> new String[] {"Coordinador/a de l’equip", "Coordinador/a del equipo", "Team lead"};
            case ADMINISTRATIVE -> new String[] {"Administratiu/iva", "Administrativo/a", "Administrative staff"};
            case ADMINISTRATOR -> new String[] {"Administració", "Administración", "Administration"};
        });
    }

    private static String pick(Language l, String[] texts) {
        return texts[l.ordinal()];
    }
}
