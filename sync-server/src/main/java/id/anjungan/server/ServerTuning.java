package id.anjungan.server;

import java.time.Duration;

/**
 * How the server uses memory and threads with thousands of open event streams. Each setting has a
 * default and can be overridden like {@link ServerConfig}'s ({@code abk.server.http.threads} or
 * {@code ABK_SERVER_HTTP_THREADS}).
 *
 * <p>An event stream keeps its response open for as long as the kiosk is connected, and with it
 * whatever Jetty holds per response: a 32 KiB output buffer by default, which at 10,000 kiosks is
 * over 300 MiB of direct memory. A change event is about 1.3 KiB, so a small buffer costs nothing:
 * larger writes simply go out in more chunks.
 *
 * @param httpThreads the most threads Jetty runs requests on
 * @param outputBufferBytes Jetty's response buffer, held by every open stream
 * @param inputBufferBytes Jetty's request buffer, also held by every open stream; a request larger
 *     than it is simply read in more pieces
 * @param headerCacheSize Jetty's per-connection header cache (entries); it is built on keep-alive
 *     connections, such as a polling kiosk's, and costs about 100 bytes an entry
 * @param pushWriterThreads how many event streams are written to at the same time
 * @param pushWriteTimeout how long one write to a kiosk may take before its stream is closed
 */
public record ServerTuning(int httpThreads, int outputBufferBytes, int inputBufferBytes, int headerCacheSize,
                           int pushWriterThreads, Duration pushWriteTimeout) {

    public static ServerTuning defaults() {
        return fromSettings(new ServerConfig.Settings(System::getProperty, System::getenv));
    }

    static ServerTuning fromSettings(ServerConfig.Settings settings) {
        return new ServerTuning(
                settings.getInt("abk.server.http.threads", 64),
                settings.getInt("abk.server.http.output.buffer.bytes", 4_096),
                settings.getInt("abk.server.http.input.buffer.bytes", 2_048),
                settings.getInt("abk.server.http.header.cache", 64),
                settings.getInt("abk.server.push.writers", 4),
                Duration.ofSeconds(settings.getInt("abk.server.push.write.timeout.seconds", 20)));
    }
}
