package id.anjungan.server.http;

import id.anjungan.server.error.BadRequestException;
import id.anjungan.server.error.CsrfRejectedException;
import id.anjungan.server.error.CursorGoneException;
import id.anjungan.server.error.ErrorBody;
import id.anjungan.server.error.ForbiddenException;
import id.anjungan.server.error.InvalidFieldsException;
import id.anjungan.server.error.NotFoundException;
import id.anjungan.server.error.NotSignedInException;
import id.anjungan.server.error.UnauthorizedException;
import id.anjungan.server.feed.FeedChangedException;
import id.anjungan.server.feed.FeedUnreadableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where typed exceptions become HTTP answers: JSON for the API, pages for the console. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /** Renders errors of browser pages (the staff console, public vacancy pages) as pages. */
    public interface HtmlErrors {
        /** Whether this request is for a page rather than the JSON API. */
        boolean wants(Context ctx);

        void render(Context ctx, int status, String code);
    }

    public static void register(RoutesConfig routes) {
        register(routes, null);
    }

    public static void register(RoutesConfig routes, HtmlErrors pages) {
        routes.exception(NotFoundException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.NOT_FOUND, "not_found", e.getMessage()));
        routes.exception(BadRequestException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.BAD_REQUEST, "bad_request", e.getMessage()));
        routes.exception(CursorGoneException.class, (e, ctx) ->
                ctx.status(HttpStatus.CONFLICT).json(new ErrorBody("cursor_gone", e.getMessage())));
        routes.exception(UnauthorizedException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.UNAUTHORIZED, "unauthorized", e.getMessage()));
        routes.exception(ForbiddenException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
        routes.exception(InvalidFieldsException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.BAD_REQUEST, "bad_request", e.getMessage()));
        routes.exception(CsrfRejectedException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.FORBIDDEN, "csrf", e.getMessage()));
        routes.exception(NotSignedInException.class, (e, ctx) -> {
            if (pages != null && pages.wants(ctx)) {
                String next = ctx.method() == HandlerType.GET ? ctx.path()
                        + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/console/vacancies";
                ctx.redirect("/console/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } else {
                ctx.status(HttpStatus.UNAUTHORIZED).json(new ErrorBody("unauthorized", e.getMessage()));
            }
        });
        routes.exception(FeedUnreadableException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.UNPROCESSABLE_CONTENT, "feed_unreadable", e.getMessage()));
        routes.exception(FeedChangedException.class, (e, ctx) ->
                answer(ctx, pages, HttpStatus.CONFLICT, "feed_changed", e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, pages, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the server failed; see its log");
        });
    }

    private static void answer(Context ctx, HtmlErrors pages, HttpStatus status, String code, String message) {
        if (pages != null && pages.wants(ctx)) {
            pages.render(ctx, status.getCode(), code);
        } else {
            ctx.status(status).json(new ErrorBody(code, message));
        }
    }
}
