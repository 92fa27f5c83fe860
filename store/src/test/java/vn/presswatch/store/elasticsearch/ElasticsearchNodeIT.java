package vn.presswatch.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link ElasticsearchNode} starts a real Elasticsearch server: the cluster is healthy, and an index
 * can be created, a document stored and counted, all over plain HTTP.
 */
class ElasticsearchNodeIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ElasticsearchNode node() {
    return ElasticsearchNode.shared();
  }

  @BeforeAll
  static void startNode() {
    node();
  }

  @Test
  void sharedNodeIsOneNodeOnLoopback() {
    ElasticsearchNode node = node();
    assertThat(ElasticsearchNode.shared()).isSameAs(node);
    assertThat(node.port()).isPositive();
    assertThat(node.httpUrl()).isEqualTo("http://127.0.0.1:" + node.port());
  }

  @Test
  void clusterIsGreenOrYellow() throws Exception {
    HttpResponse<String> response = send("GET", "/_cluster/health", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = JSON.readTree(response.body());
    assertThat(health.path("status").asText()).isIn("green", "yellow");
    assertThat(health.path("cluster_name").asText()).isEqualTo("presswatch-test");
    assertThat(health.path("number_of_nodes").asInt()).isEqualTo(1);
  }

  @Test
  void indexCanBeCreatedFilledAndCounted() throws Exception {
    String index = "es-node-it-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
    try {
      HttpResponse<String> created = send("PUT", "/" + index,
          "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
              + "\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"}}}}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
      assertThat(JSON.readTree(created.body()).path("acknowledged").asBoolean()).isTrue();

      HttpResponse<String> put = send("PUT", "/" + index + "/_doc/1?refresh=true",
          "{\"title\":\"Quốc hội thông qua luật đất đai sửa đổi\"}");
      assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
      assertThat(JSON.readTree(put.body()).path("result").asText()).isEqualTo("created");

      HttpResponse<String> count = send("GET", "/" + index + "/_count", null);
      assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
      assertThat(JSON.readTree(count.body()).path("count").asLong()).isEqualTo(1L);

      // The Vietnamese text survives the round trip (UTF-8 both ways) and is searchable.
      HttpResponse<String> got = send("GET", "/" + index + "/_doc/1", null);
      assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
      assertThat(JSON.readTree(got.body()).path("_source").path("title").asText())
          .isEqualTo("Quốc hội thông qua luật đất đai sửa đổi");
      HttpResponse<String> search = send("POST", "/" + index + "/_count",
          "{\"query\":{\"match\":{\"title\":\"đất\"}}}");
      assertThat(JSON.readTree(search.body()).path("count").asLong()).as(search.body()).isEqualTo(1L);
    } finally {
      send("DELETE", "/" + index, null);
    }
  }

  private static HttpResponse<String> send(String method, String path, String jsonBody)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node().httpUrl() + path))
        .timeout(Duration.ofSeconds(30));
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json; charset=UTF-8")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
