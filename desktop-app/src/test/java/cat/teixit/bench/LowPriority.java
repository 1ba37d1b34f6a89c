package cat.teixit.bench;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Lowers the CPU priority of the calling thread (its Linux nice value, which the threads it starts inherit): the
 * simulated workstations of a server benchmark run on the server's own cores, and at a lower priority they take what
 * the server and its PostgreSQL leave, as workstations on machines of their own would. Elsewhere than Linux, nothing.
 */
final class LowPriority {

    /** {@code setpriority(2)}'s "which" for one process; on Linux the nice value is a thread's, and 0 names the caller. */
    private static final int PRIO_PROCESS = 0;
    private static final MethodHandle SET_PRIORITY = setPriority();

    private LowPriority() {
    }

    /** Gives the calling thread the nice value {@code nice} (higher is lower priority); false when that failed. */
    static boolean thisThread(int nice) {
        if (SET_PRIORITY == null) {
            return false;
        }
        try {
            return (int) SET_PRIORITY.invokeExact(PRIO_PROCESS, 0, nice) == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    private static MethodHandle setPriority() {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return null;
        }
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup().find("setpriority").map(f -> linker.downcallHandle(f,
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)))
                .orElse(null);
    }
}
