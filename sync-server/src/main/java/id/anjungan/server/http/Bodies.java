package id.anjungan.server.http;

import id.anjungan.protocol.json.ProtocolJson;
import id.anjungan.server.error.BadRequestException;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a JSON request body, turning anything unreadable into a 400 that says why. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestException("the request needs a JSON body (" + type.getSimpleName() + ")");
        }
        try {
            return ProtocolJson.mapper().readValue(body, type);
        } catch (IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? cause.getMessage()
                    : e.getMessage().lines().findFirst().orElse("unreadable");
            throw new BadRequestException("the " + type.getSimpleName() + " body is not valid: " + reason);
        }
    }
}
