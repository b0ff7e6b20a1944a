package org.tomoni.messaging.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Twilio's REST API on loopback: it records every request (method, path, form fields, auth) and
 * answers as Twilio does, or with what a test scripted (429, 500, a slow answer, an error code).
 */
public final class FakeTwilio implements AutoCloseable {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", java.util.Locale.US);

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, String>> created = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Scripted> script = new ConcurrentLinkedDeque<>();
    private final AtomicInteger sids = new AtomicInteger();

    public FakeTwilio() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next create request gets this answer instead of success. */
    public FakeTwilio answerNext(int status, String json) {
        script.add(new Scripted(status, json, Duration.ZERO));
        return this;
    }

    /**
     * The next create request is answered only after {@code delay}, and then with a gateway timeout: with a delay
     * longer than the client's timeout, a request that timed out and never got through.
     */
    public FakeTwilio delayNext(Duration delay) {
        script.add(new Scripted(0, "", delay));
        return this;
    }

    public List<Received> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Received> creates() {
        return requests().stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** Messages and calls the fake accepted: what actually "went out". */
    public List<Map<String, String>> accepted() {
        synchronized (created) {
            return List.copyOf(created);
        }
    }

    public void reset() {
        received.clear();
        created.clear();
        script.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Map<String, String> form = parseForm(body);
        Map<String, String> query = parseForm(exchange.getRequestURI().getRawQuery());
        received.add(new Received(exchange.getRequestMethod(), path, form, query,
                exchange.getRequestHeaders().getFirst("Authorization"), System.nanoTime()));
        if (exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 200, list(path, query));
            return;
        }
        Scripted next = script.poll();
        if (next != null && !next.delay().isZero()) {
            try {
                Thread.sleep(next.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            next = new Scripted(504, "{\"code\":20504,\"message\":\"Gateway Timeout\",\"status\":504}", Duration.ZERO);
        }
        if (next != null) {
            respond(exchange, next.status(), next.json());
            return;
        }
        boolean call = path.endsWith("/Calls.json");
        Map<String, String> resource = new LinkedHashMap<>(form);
        resource.put("sid", (call ? "CA" : "SM") + String.format("%032d", sids.incrementAndGet()));
        resource.put("date_created", RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC)));
        resource.put("kind", call ? "call" : "sms");
        created.add(resource);
        respond(exchange, 201, json(resource));
    }

    private String list(String path, Map<String, String> query) {
        boolean calls = path.endsWith("/Calls.json");
        List<String> items = new ArrayList<>();
        synchronized (created) {
            for (Map<String, String> resource : created) {
                if (resource.get("kind").equals(calls ? "call" : "sms")
                        && (query.get("To") == null || query.get("To").equals(resource.get("To")))) {
                    items.add(json(resource));
                }
            }
        }
        String key = calls ? "calls" : "messages";
        return "{\"" + key + "\":[" + String.join(",", items) + "],\"first_page_uri\":\"" + path
                + "\",\"next_page_uri\":null,\"previous_page_uri\":null,\"page\":0,\"page_size\":50,\"uri\":\"" + path + "\"}";
    }

    private static String json(Map<String, String> resource) {
        return "{\"sid\":\"" + resource.get("sid") + "\",\"status\":\"queued\",\"to\":\"" + esc(resource.get("To"))
                + "\",\"from\":\"" + esc(resource.getOrDefault("From", "")) + "\",\"body\":\""
                + esc(resource.getOrDefault("Body", "")) + "\",\"date_created\":\"" + resource.get("date_created")
                + "\",\"start_time\":\"" + resource.get("date_created") + "\"}";
    }

    private static String esc(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGaveUp) {
            // a timed-out client has closed the connection
        }
    }

    private static Map<String, String> parseForm(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** @param arrivedAtNanos {@link System#nanoTime()} when the request arrived */
    public record Received(String method, String path, Map<String, String> form, Map<String, String> query,
                           String authorization, long arrivedAtNanos) {
    }

    private record Scripted(int status, String json, Duration delay) {
    }
}
