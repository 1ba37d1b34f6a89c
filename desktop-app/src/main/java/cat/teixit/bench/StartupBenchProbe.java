package cat.teixit.bench;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.StartupProbe;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.logic.demo.DemoSeeder;
import java.time.Instant;
import javafx.scene.Scene;

/** {@code --bench-startup}: prints start-up timings in the benchmark format, logs in and quits. */
public final class StartupBenchProbe implements StartupProbe {
    private final long processStart = ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
    private long loginShown;

    @Override
    public void loginReady(LoginViewModel vm) {
        loginShown = System.currentTimeMillis();
        BenchOutput.OUT.printf("BENCH startup cold_to_interactive_ms %d ms%n", loginShown - processStart);
        vm.username.set(DemoSeeder.USERS.getFirst().username());
        vm.password.set(DemoSeeder.DEMO_PASSWORD);
        vm.submit();
    }

    @Override
    public void mainReady(Scene scene) {
        long now = System.currentTimeMillis();
        BenchOutput.OUT.printf("BENCH startup login_to_main_ms %d ms%n", now - loginShown);
        BenchOutput.OUT.printf("BENCH startup process_to_main_ms %d ms%n", now - processStart);
        BenchOutput.OUT.flush();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }
}
