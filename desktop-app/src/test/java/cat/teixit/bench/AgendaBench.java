package cat.teixit.bench;

import cat.teixit.testing.TestKeys;
import cat.teixit.app.Workstation;
import cat.teixit.gui.agenda.AgendaViewModel;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.agenda.AppointmentForm;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code agenda week_view_ms}: the model of a team's week view (the Agenda's ViewModel for "whole team", week) with
 * {@link #APPOINTMENTS} appointments that week, from its reload to every column's list: the store read, the rows
 * mapped, the columns filled. The appointments are booked through the use case beforehand, spread over the team's
 * professionals and the working days, overlapping on purpose (booked with the double-booking override). Warm, the
 * median of 30 runs. Argument: the work directory (emptied first).
 */
public final class AgendaBench {

    static final int APPOINTMENTS = 2_000;

    private AgendaBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = DocumentsBench.emptied(Path.of(args.length > 0 ? args[0] : "bench/out/agenda"));
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true)) {
            CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
            AppointmentService agenda = w.agenda();
            List<AppointmentService.Professional> team = agenda.professionals(laia);
            LocalDate monday = AppointmentService.mondayOf(agenda.today()).plusWeeks(1);
            long bookStart = System.nanoTime();
            for (int i = 0; i < APPOINTMENTS; i++) {
                LocalDate day = monday.plusDays(i % 5);
                LocalTime time = LocalTime.of(8, 0).plusMinutes(15L * ((i / 5) % 44));
                var start = day.atTime(time).atZone(AppointmentService.ZONE).toInstant();
                agenda.book(laia, new AppointmentForm(team.get(i % team.size()).id(), null, null, null,
                        AppointmentKind.FOLLOW_UP, start, start.plusSeconds(45 * 60), null, null, null, false), true);
            }
            double bookSeconds = (System.nanoTime() - bookStart) / 1e9;

            AgendaViewModel vm = new AgendaViewModel(laia, new SameThreadUiExecutor(), agenda, Throwable::getMessage, () -> { });
            vm.start();
            vm.professionalId.set(null);
            vm.anchor.set(monday);
            double[] ms = new double[30];
            int shown = 0;
            for (int run = -10; run < ms.length; run++) {
                long t = System.nanoTime();
                vm.reload();
                int n = 0;
                for (AgendaViewModel.Column c : vm.columns) {
                    n += vm.in(c).size();
                }
                if (run >= 0) {
                    ms[run] = (System.nanoTime() - t) / 1e6;
                }
                shown = n;
            }
            if (shown != APPOINTMENTS) {
                throw new IllegalStateException("the week shows " + shown + " appointments, not " + APPOINTMENTS);
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "# agenda: %d appointments booked through the use case in %.1f s for %d "
                    + "professionals; the team's week shows all of them%n", APPOINTMENTS, bookSeconds, team.size());
            System.out.printf(Locale.ROOT, "BENCH agenda week_view_ms %.1f ms%n", ms[ms.length / 2]);
        }
        System.exit(0);
    }
}
