package cat.teixit.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([0-9x, ]+) \\| (.*?) \\|.*$");
    private static final Pattern CODE = Pattern.compile("`([a-z][a-z_]*)`");

    /** Documented code -> the statuses of its row in docs/sync-protocol.md §2 ("5xx" as 500..599). */
    private static Map<String, List<String>> documented() throws Exception {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/sync-protocol.md"))) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> statuses = new ArrayList<>();
            for (String s : row.group(1).split(",")) {
                statuses.add(s.strip());
            }
            Matcher code = CODE.matcher(row.group(2));
            while (code.find()) {
                out.put(code.group(1), statuses);
            }
        }
        return out;
    }

    @Test
    void theCodesAndStatusesAreThoseTheProtocolPageDocuments() throws Exception {
        Map<String, List<String>> documented = documented();
        assertThat(documented.keySet()).as("every code documented, none undocumented")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
        for (ErrorCode c : ErrorCode.values()) {
            String status = Integer.toString(c.status());
            assertThat(documented.get(c.code())).as(c.code())
                    .anyMatch(s -> s.equals(status) || s.equals(status.charAt(0) + "xx"));
        }
    }

    @Test
    void aCodeTravelsAsItsNameInLowerCase() {
        assertThat(ErrorCode.OP_GAP.code()).isEqualTo("op_gap");
        assertThat(ErrorCode.OP_GAP.status()).isEqualTo(409);
    }
}
