package id.anjungan.server.http;

import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.CursorGoneException;
import id.anjungan.server.error.ErrorBody;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.error.UnauthorizedException;
import id.anjungan.server.feed.FeedChangedException;
import id.anjungan.server.feed.FeedUnreadableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where typed exceptions become HTTP answers. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(NotFoundException.class, (e, ctx) ->
                ctx.status(HttpStatus.NOT_FOUND).json(new ErrorBody("not_found", e.getMessage())));
        routes.exception(BadRequestException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorBody("bad_request", e.getMessage())));
        routes.exception(CursorGoneException.class, (e, ctx) ->
                ctx.status(HttpStatus.CONFLICT).json(new ErrorBody("cursor_gone", e.getMessage())));
        routes.exception(UnauthorizedException.class, (e, ctx) ->
                ctx.status(HttpStatus.UNAUTHORIZED).json(new ErrorBody("unauthorized", e.getMessage())));
        routes.exception(ForbiddenException.class, (e, ctx) ->
                ctx.status(HttpStatus.FORBIDDEN).json(new ErrorBody("forbidden", e.getMessage())));
        routes.exception(FeedUnreadableException.class, (e, ctx) ->
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(new ErrorBody("feed_unreadable", e.getMessage())));
        routes.exception(FeedChangedException.class, (e, ctx) ->
                ctx.status(HttpStatus.CONFLICT).json(new ErrorBody("feed_changed", e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ErrorBody("internal", "the server failed; see its log"));
        });
    }
}
