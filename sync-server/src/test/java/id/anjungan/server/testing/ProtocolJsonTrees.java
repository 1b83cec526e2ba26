package id.anjungan.server.testing;

import id.anjungan.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads single fields out of JSON answers in tests. */
public final class ProtocolJsonTrees {
    private ProtocolJsonTrees() {
    }

    public static String field(String json, String name) {
        try {
            return ProtocolJson.mapper().readTree(json).path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
