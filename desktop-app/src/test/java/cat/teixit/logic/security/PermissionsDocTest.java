package cat.teixit.logic.security;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.sync.protocol.PermissionMatrix;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/permissions.md shows the permission matrix of the code, cell by cell. */
class PermissionsDocTest {

    private static final Path DOC = Path.of("..", "docs", "permissions.md");

    @Test
    void theDocumentedMatrixIsTheCodesMatrix() throws Exception {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = indexOf(lines, "<!-- permission-matrix:start");
        int end = indexOf(lines, "<!-- permission-matrix:end");
        List<List<String>> table = new ArrayList<>();
        for (String line : lines.subList(start + 1, end)) {
            table.add(cells(line));
        }
        List<String> header = new ArrayList<>(List.of("role"));
        header.addAll(PermissionMatrix.ACTIONS);
        assertThat(table.getFirst()).as("the header names the actions in the code's order").isEqualTo(header);
        assertThat(table.get(1)).allMatch(c -> c.equals("---"));
        assertThat(table.subList(2, table.size())).as("one row per role, as in PermissionMatrix")
                .isEqualTo(PermissionMatrix.rows());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("docs/permissions.md has no line starting " + prefix);
    }

    private static List<String> cells(String line) {
        String t = line.strip();
        assertThat(t).startsWith("|").endsWith("|");
        return Arrays.stream(t.substring(1, t.length() - 1).split("\\|")).map(String::strip).toList();
    }
}
