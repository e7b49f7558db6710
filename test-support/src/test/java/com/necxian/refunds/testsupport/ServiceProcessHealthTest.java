package com.necxian.refunds.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** The health wait trusts only its own process: it fails at once when that exits, and ignores another's UP. */
class ServiceProcessHealthTest {

    @TempDir
    Path logs;

    @Test
    void aProcessThatExitsFailsTheWaitAtOnceWithTheEndOfItsLog() throws Exception {
        Path log = logs.resolve("exits.log");
        Process exits = new ProcessBuilder(java(), "-version").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var service = new ServiceProcess("exits", exits, 1, log);

        assertThatThrownBy(() -> service.awaitHealthy(Duration.ofMinutes(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exits exited with")
                .hasMessageContaining(Files.readAllLines(log).get(0));
    }

    @Test
    void anUpFromAnotherProcessOnItsPortDoesNotCount() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/actuator/health", exchange -> {
            byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        other.start();
        Path log = logs.resolve("never-binds.log");
        Process neverBinds = new ProcessBuilder(java(), "-cp", classes(), Idle.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            var service = new ServiceProcess("never-binds", neverBinds, other.getAddress().getPort(), log);

            assertThatThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(3)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another process answers on port " + other.getAddress().getPort());
        } finally {
            neverBinds.destroyForcibly().waitFor();
            other.stop(0);
        }
    }

    @Test
    void readsTheListeningSocketsOfAPortFromProcNetTcp() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1",
                "   1: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 4343 1",
                "   2: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4444 1");

        assertThat(ListeningSockets.listeningInodes(table, 8080)).containsExactly("4242");
        assertThat(ListeningSockets.listeningInodes(table, 8082)).isEmpty();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classes() {
        return System.getProperty("java.class.path");
    }

    /** A process that stays up and listens on nothing. */
    public static final class Idle {
        public static void main(String[] args) throws InterruptedException, IOException {
            Thread.sleep(Duration.ofMinutes(10).toMillis());
        }
    }
}
