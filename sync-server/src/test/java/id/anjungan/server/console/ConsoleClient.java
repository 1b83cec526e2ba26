package id.anjungan.server.console;

import id.anjungan.server.testing.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: plain HTTP requests to the console that keep its cookies by hand and
 * do not follow redirects, so a test sees every answer as the server gave it.
 */
final class ConsoleClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final RunningServer running;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    ConsoleClient(RunningServer running) {
        this.running = running;
    }

    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> form = get("/console/login");
        String token = csrfOf(form.body());
        HttpResponse<String> answer = postForm("/console/login", Map.of("_csrf", token, "username", username,
                "password", password));
        if (answer.statusCode() == 302) {
            csrf = csrfOf(get("/console/vacancies").body());
        }
        return answer;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void forgetCookies() {
        cookies.clear();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(running.uri(path)).GET());
    }

    /** A form as the console's pages post it, with this session's token. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf);
        return postForm(path, withToken);
    }

    /** A form exactly as given: without a token unless it has one. */
    HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(running.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** JSON as a script would send it with this session: the session's token in the X-CSRF-Token header, or none. */
    HttpResponse<String> postJson(String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(running.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header("X-CSRF-Token", csrf);
        }
        return send(request);
    }

    /** A multipart form with one file, as a browser uploads a photo, with this session's token. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
                                  byte[] content) {
        return postMultipart(path, fields, true, fileField, fileName, content);
    }

    /**
     * A multipart form as a page with a file input posts it: the fields (with this session's token
     * unless withToken is false) and one file.
     */
    HttpResponse<String> postMultipart(String path, Map<String, String> fields, boolean withToken, String fileField,
                                       String fileName, byte[] content) {
        String boundary = "----abkconsole" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withToken) {
            all.put("_csrf", csrf);
        }
        for (Map.Entry<String, String> field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(running.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no form token on the page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String set : setCookies) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
