package cat.teixit.logic.signature;

import cat.teixit.logic.signature.CapturedSignature.Point;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is encrypted for the custodian: the captured strokes bound to the SHA-256 of the exact PDF bytes the
 * signer was shown. UTF-8 JSON, format {@code teixit-pen/1}:
 * <pre>{"format":"teixit-pen/1","documentSha256":"..","signer":"..","role":"person","capturedAt":"..",
 *  "width":960,"height":340,"strokes":[[[x,y,t,pressure|null],...],...]}</pre>
 *
 * @param documentSha256 hex SHA-256 of the document as it was before this signature
 * @param signature      the capture
 */
public record PenData(String documentSha256, CapturedSignature signature) {

    public static final String FORMAT = "teixit-pen/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("documentSha256", documentSha256);
        root.put("signer", signature.signer());
        root.put("role", signature.role().code());
        root.put("capturedAt", signature.capturedAt().toString());
        root.put("width", signature.width());
        root.put("height", signature.height());
        ArrayNode strokes = root.putArray("strokes");
        for (List<Point> s : signature.strokes()) {
            ArrayNode stroke = strokes.addArray();
            for (Point p : s) {
                ArrayNode a = stroke.addArray().add(p.x()).add(p.y()).add(p.t());
                if (p.pressure() == null) {
                    a.addNull();
                } else {
                    a.add(p.pressure());
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #toBytes()} wrote. */
    public static PenData parse(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not " + FORMAT + " pen data");
        }
        List<List<Point>> strokes = new ArrayList<>();
        for (JsonNode s : root.path("strokes")) {
            List<Point> stroke = new ArrayList<>();
            for (JsonNode p : s) {
                stroke.add(new Point(p.get(0).asDouble(), p.get(1).asDouble(), p.get(2).asLong(),
                        p.get(3).isNull() ? null : p.get(3).asDouble()));
            }
            strokes.add(stroke);
        }
        try {
            SignerRole role = SignerRole.valueOf(root.path("role").asText().toUpperCase(java.util.Locale.ROOT));
            return new PenData(root.path("documentSha256").asText(), new CapturedSignature(root.path("signer").asText(),
                    role, Instant.parse(root.path("capturedAt").asText()), root.path("width").asDouble(),
                    root.path("height").asDouble(), strokes));
        } catch (RuntimeException e) {
            throw new IOException("pen data unreadable: " + e.getMessage(), e);
        }
    }
}
