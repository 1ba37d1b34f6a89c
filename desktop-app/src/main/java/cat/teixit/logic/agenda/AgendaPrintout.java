package cat.teixit.logic.agenda;

import cat.teixit.model.audit.AuditAction;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PageTemplate;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the agenda prints: a professional's (or the team's) day or week as a PDF to carry (each appointment's time,
 * kind, with whom, case file, room and state; confidential notes never), and the appointment letter sent to the
 * person, filed in the case file through the documents area's {@code appointment-letter} template. Thread-safe.
 */
public final class AgendaPrintout {

    private static final PageTemplate DAYS = PageTemplate.of("/agenda/agenda.peb");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AppointmentService agenda;
    private final DocumentService documents;

    public AgendaPrintout(AppointmentService agenda, DocumentService documents) {
        this.agenda = agenda;
        this.documents = documents;
    }



    /**
     * The days from {@code first} to {@code last} (a day, a week, a month) of professional {@code professionalId} or of
     * the whole team ({@code null}), as a PDF/A document on the council's page. Weekend days without appointments are
     * left out.
     */
    public byte[] days(CurrentUser user, UUID professionalId, LocalDate first, LocalDate last, Language language) {
        BundleTexts t = new BundleTexts(language);
        List<UUID> whose = professionalId == null ? List.of() : List.of(professionalId);
        List<AppointmentItem> items = agenda.span(user, whose, first, last);
        boolean oneDay = first.equals(last);
        String who = professionalId == null ? t.t("agenda.print.team")
                : agenda.professionals(user).stream().filter(p -> p.id().equals(professionalId)).findFirst()
                        .map(AppointmentService.Professional::displayName)
                        .orElseThrow(() -> new NotFoundException("professional"));
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEEE", language.locale());
        DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            List<List<Map<String, Object>>> rows = items.stream()
                    .filter(a -> a.startsAt().atZone(AppointmentService.ZONE).toLocalDate().equals(day))
                    .map(a -> row(a, professionalId == null, t)).toList();
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (rows.isEmpty() && weekend && !oneDay) {
                continue;
            }
            String label = dayLabel.format(d) + ", " + longDate.format(d);
            days.add(Map.of("label", Character.toUpperCase(label.charAt(0)) + label.substring(1), "rows", rows));
        }
        // Column widths in millimetres: the page's 168 mm of text, less each cell's padding and border (4 mm).
        boolean team = professionalId == null;
        List<Map<String, Object>> headers = new ArrayList<>();
        headers.add(header(t.t("agenda.print.time"), 16));
        if (team) {
            headers.add(header(t.t("agenda.form.professional"), 19));
        }
        headers.add(header(t.t("agenda.form.kind"), team ? 17 : 20));
        headers.add(header(t.t("agenda.form.with"), team ? 19 : 30));
        headers.add(header(t.t("agenda.print.caseFile"), 34));
        headers.add(header(t.t("agenda.form.room"), team ? 16 : 20));
        headers.add(header(t.t("agenda.print.status"), team ? 19 : 24));
        String title = t.t("agenda.print.title", who);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("subtitle", oneDay ? SHORT.format(first) : t.t("agenda.print.span", SHORT.format(first),
                SHORT.format(last)));
        model.put("noAppointments", t.t("agenda.print.none"));
        model.put("headers", headers);
        model.put("days", days);
        byte[] pdf = documents.renderPage(title, DAYS.fill(model, language), language);
        documents.audited(user, AuditAction.PRINT, "agenda", professionalId, null, first + ".." + last);
        return pdf;
    }

    /** A printed row: the time and the case file's number kept on one line each. */
    private static List<Map<String, Object>> row(AppointmentItem a, boolean withProfessional, BundleTexts t) {
        List<Map<String, Object>> row = new ArrayList<>();
        row.add(cell(HHMM.format(a.startsAt().atZone(AppointmentService.ZONE)) + "–"
                + HHMM.format(a.endsAt().atZone(AppointmentService.ZONE)), true));
        if (withProfessional) {
            row.add(cell(a.professionalName(), false));
        }
        String state = t.t(EnumKeys.appointmentStatus(a.status()));
        if (a.status() == AppointmentStatus.CANCELLED && a.cancelReason() != null) {
            state += ": " + a.cancelReason();
        }
        row.add(cell(t.t(EnumKeys.appointmentKind(a.kind())), false));
        row.add(cell(a.withWhom() == null ? "—" : a.withWhom(), false));
        row.add(cell(a.caseNumber() == null ? "—" : a.caseNumber(), true));
        row.add(cell(a.kind() == AppointmentKind.HOME_VISIT ? t.t("agenda.print.home")
                : a.room() == null ? "—" : a.room(), false));
        row.add(cell(state, false));
        return row;
    }

    private static Map<String, Object> header(String text, int millimetres) {
        return Map.of("text", text, "width", millimetres);
    }

    private static Map<String, Object> cell(String text, boolean nowrap) {
        return Map.of("text", text, "nowrap", nowrap);
    }

    /**
     * Makes the letter that calls the person to appointment {@code item} (the {@code appointment-letter} template, with
     * the day, time, place, professional and kind) and files it in the appointment's case file.
     *
     * @throws NotFoundException when the appointment belongs to no case file (an internal one)
     */
    public DocumentService.Rendered letter(CurrentUser user, AppointmentItem item, Language language) {
        UUID caseFileId = item.form().caseFileId();
        if (caseFileId == null) {
            throw new NotFoundException("caseFile");
        }
        BundleTexts t = new BundleTexts(language);
        var start = item.startsAt().atZone(AppointmentService.ZONE);
        String date = DateTimeFormatter.ofPattern("EEEE", language.locale()).format(start) + ", "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(start);
        String place = item.kind() == AppointmentKind.HOME_VISIT ? t.t("agenda.print.home")
                : item.room() == null ? t.t("agenda.print.office") : t.t("agenda.print.officeRoom", item.room());
        Map<String, Object> appointment = Map.of("date", date, "time", HHMM.format(start), "place", place,
                "professional", item.professionalName(), "reason", t.t(EnumKeys.appointmentKind(item.kind())));
        return documents.renderAndFile(user, "appointment-letter", language, caseFileId,
                Map.of("appointment", appointment));
    }
}
