package com.necxian.refunds.localstack;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The mail catcher as a child JVM of its own (so its heap is not Kafka's), stopped with the launcher. */
final class MailCatcherProcess implements AutoCloseable {

    private static final List<String> JVM = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xss512k");

    private final Process process;

    private MailCatcherProcess(Process process) {
        this.process = process;
    }

    static MailCatcherProcess start(int smtpPort, int httpPort, Path directory, int keep, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // the launcher's own executable jar
        } else {
            command.addAll(List.of("-cp", classPath, LocalStack.class.getName()));
        }
        command.addAll(List.of("--mail-catcher", Integer.toString(smtpPort), Integer.toString(httpPort),
                directory.toString(), Integer.toString(keep)));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            var catcher = new MailCatcherProcess(process);
            catcher.awaitReady(log);
            return catcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Path log) throws IOException {
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(MailCatcher.READY)) {
                return;
            }
        }
        close();
        throw new IllegalStateException("the mail catcher did not start; see " + log);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
