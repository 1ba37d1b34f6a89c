package cat.teixit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoriesTest {

    @Test
    void followsEachSystemsConvention() {
        assertThat(DataDirectories.defaultFor("teixit", "Linux", Map.of(), "/home/laia"))
                .isEqualTo(Path.of("/home/laia/.local/share/teixit"));
        assertThat(DataDirectories.defaultFor("teixit", "Linux", Map.of("XDG_DATA_HOME", "/data/x"), "/home/laia"))
                .isEqualTo(Path.of("/data/x/teixit"));
        assertThat(DataDirectories.defaultFor("teixit", "Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/laia"))
                .isEqualTo(Path.of("/home/laia/.local/share/teixit"));
        assertThat(DataDirectories.defaultFor("teixit", "Mac OS X", Map.of(), "/Users/laia"))
                .isEqualTo(Path.of("/Users/laia/Library/Application Support/teixit"));
        assertThat(DataDirectories.defaultFor("teixit", "Windows 11", Map.of("APPDATA", "/appdata"), "/home/laia"))
                .isEqualTo(Path.of("/appdata", "teixit"));
    }
}
