package io.rosterd.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop lets the requests in progress finish (a run-now answer being written as rosterd stops)
 * instead of cutting their connections.
 */
final class HttpStopTest {

  @Test
  void aRequestInProgressWhenTheServerStopsIsAnsweredInFull() throws Exception {
    CountDownLatch inProgress = new CountDownLatch(1);
    Routes slow =
        routes ->
            routes.get(
                "/slow",
                ctx -> {
                  inProgress.countDown();
                  Thread.sleep(1_000);
                  ctx.result("finished");
                });
    HttpServer server = HttpServer.start("127.0.0.1", 0, slow);
    CompletableFuture<HttpResponse<String>> answer =
        CompletableFuture.supplyAsync(() -> Http.get(server, "/slow"));
    assertThat(inProgress.await(10, TimeUnit.SECONDS)).isTrue();

    server.close();

    HttpResponse<String> answered = answer.get(20, TimeUnit.SECONDS);
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body()).isEqualTo("finished");
  }
}
