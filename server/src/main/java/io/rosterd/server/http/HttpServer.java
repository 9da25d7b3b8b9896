package io.rosterd.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * rosterd's HTTP side: Javalin on Jetty, listening on one address and port until closed. It answers
 * the given {@link Routes}; anything else is a JSON 404, and a failure a JSON 500 that names an
 * incident in the log instead of the exception.
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

  /** How long a stop waits for the requests in progress. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final Javalin app;

  private HttpServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts listening on {@code bindAddress} ("0.0.0.0" for every interface) and {@code port} (0
   * picks a free one; see {@link #port()}).
   *
   * @throws UncheckedIOException when the address cannot be listened on (in use, not local)
   */
  public static HttpServer start(String bindAddress, int port, Routes... routes) {
    return start(bindAddress, port, Clients.DIRECT, routes);
  }

  /** Where the client's address comes from. */
  public enum Clients {
    /** The connection's: clients reach rosterd directly. */
    DIRECT,
    /**
     * The last {@code X-Forwarded-For} entry, which the reverse proxy in front of rosterd added:
     * only when rosterd's HTTP port is reachable through that proxy alone, since anyone else could
     * write the header.
     */
    BEHIND_PROXY
  }

  /** As {@link #start(String, int, Routes...)}, taking client addresses as {@code clients} says. */
  public static HttpServer start(String bindAddress, int port, Clients clients, Routes... routes) {
    List<Routes> all = List.of(routes);
    Javalin app =
        Javalin.create(
            config -> {
              configure(config, all);
              if (clients == Clients.BEHIND_PROXY) {
                config.contextResolver.ip = HttpServer::forwardedFor;
              }
            });
    try {
      app.start(bindAddress, port);
    } catch (RuntimeException e) {
      app.stop(); // Jetty may have started its threads before the bind failed
      throw listenFailure(bindAddress, port, e);
    }
    LOG.info("HTTP listening on {}:{}", bindAddress, app.port());
    return new HttpServer(app);
  }

  private static String forwardedFor(io.javalin.http.Context ctx) {
    String header = ctx.header("X-Forwarded-For");
    if (header != null) {
      String[] hops = header.split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return ctx.req().getRemoteAddr();
  }

  /** The port listened on (the one picked, when started with 0). */
  public int port() {
    return app.port();
  }

  /**
   * Stops listening, lets the requests in progress finish for up to {@link #STOP_GRACE}, and ends
   * Jetty's threads.
   */
  @Override
  public void close() {
    app.stop();
  }

  /** As {@code SftpServer} reports it: an I/O failure naming the address, with Jetty's cause. */
  private static RuntimeException listenFailure(String bindAddress, int port, RuntimeException e) {
    String message = "could not listen for HTTP on " + bindAddress + ":" + port;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return new UncheckedIOException(message + ": " + io.getMessage(), io);
      }
    }
    return new IllegalStateException(message + ": " + e.getMessage(), e);
  }

  private static void configure(JavalinConfig config, List<Routes> routes) {
    // The banner and the version nag are for people trying Javalin, not for a service's log.
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    // A stop lets the requests in progress finish (a run-now answer being written, say) for up
    // to STOP_GRACE, refusing new ones with 503, instead of cutting their connections.
    config.jetty.modifyServletContextHandler(
        context -> context.insertHandler(new GracefulHandler()));
    config.jetty.modifyServer(server -> server.setStopTimeout(STOP_GRACE.toMillis()));
    new ErrorAnswers().addTo(config.routes);
    for (Routes group : routes) {
      group.addTo(config.routes);
    }
  }
}
