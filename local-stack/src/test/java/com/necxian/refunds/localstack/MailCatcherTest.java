package com.necxian.refunds.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local mail catcher keeps only the newest N messages, on disk, pages through them newest first, and runs as
 * a JVM of its own that stops with the launcher.
 */
class MailCatcherTest {

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keepsTheNewestMessagesOnDiskAndPagesThroughThemNewestFirst(@TempDir Path directory) throws Exception {
        int smtp = freePort();
        int web = freePort();
        try (var catcher = MailCatcher.start(smtp, web, directory, 100)) {
            send(smtp, 130);

            try (var files = Files.list(directory)) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml")).count()).isEqualTo(100);
            }
            HttpResponse<String> first = get(web, "/api/messages?size=30");
            assertThat(first.headers().firstValue("X-Total-Count")).hasValue("100");
            JsonNode page = json.readTree(first.body());
            assertThat(page.size()).isEqualTo(30);
            assertThat(page.get(0).path("subject").asString()).isEqualTo("mail 129");
            assertThat(page.get(0).path("text").asString()).contains("body of mail 129");
            assertThat(page.get(0).path("messageId").asString()).isEqualTo("<mail-129@necxian.example>");
            assertThat(json.readTree(get(web, "/api/messages?page=3&size=30").body()).size()).isEqualTo(10);
            assertThat(json.readTree(get(web, "/api/messages?page=3&size=30").body()).get(9).path("subject")
                    .asString()).as("the oldest kept").isEqualTo("mail 30");
            assertThat(json.readTree(get(web, "/api/messages?to=customer-77%40").body()))
                    .extracting(m -> m.path("to").asString()).containsExactly("customer-77@example.com");
            assertThat(get(web, "/?page=1&size=30").body()).contains("E-mails sent (100)").contains("Page 2 of 4")
                    .contains("mail 99").doesNotContain("mail 129").contains("newer").contains("older");
        }
        try (var restarted = MailCatcher.start(freePort(), web, directory, 100)) {
            assertThat(get(web, "/api/messages?size=1").headers().firstValue("X-Total-Count")).as("kept on disk")
                    .hasValue("100");
        }
    }

    @Test
    void runsAsAJvmOfItsOwnAndStopsWithTheLauncher(@TempDir Path directory) throws Exception {
        int smtp = freePort();
        int web = freePort();
        var catcher = MailCatcherProcess.start(smtp, web, directory.resolve("mail"), 100,
                directory.resolve("mail-catcher.log"));
        long pid;
        try {
            send(smtp, 2);
            assertThat(get(web, "/api/messages").headers().firstValue("X-Total-Count")).hasValue("2");
            pid = catcher.pid();
            assertThat(ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                    .as("a child JVM of the launcher").hasValue(ProcessHandle.current().pid());
        } finally {
            catcher.close();
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private static void send(int port, int count) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < count; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("refunds@necxian.example"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("customer-" + i + "@example.com"));
                message.setSubject("mail " + i);
                message.setText("body of mail " + i);
                message.saveChanges();
                message.setHeader("Message-ID", "<mail-" + i + "@necxian.example>");
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
