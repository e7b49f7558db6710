package com.necxian.refunds.localstack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail catcher's messages on disk, one {@code .eml} file each, bounded to the newest {@code capacity} (older
 * files are deleted as new ones arrive). Only a one-line summary per message stays in memory (also appended to
 * {@code index.tsv}, so a restart shows the same messages); pages are read from the files.
 */
final class MailStore {

    record Summary(long number, String to, String subject, String sentAt, String messageId) {
    }

    record Page(List<Summary> messages, int total) {
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path directory;
    private final int capacity;
    private final Deque<Summary> kept = new ArrayDeque<>();
    private final BufferedWriter index;
    private long next;

    private MailStore(Path directory, int capacity, BufferedWriter index) {
        this.directory = directory;
        this.capacity = capacity;
        this.index = index;
    }

    static MailStore open(Path directory, int capacity) {
        try {
            Files.createDirectories(directory);
            Path indexFile = directory.resolve("index.tsv");
            List<Summary> earlier = Files.exists(indexFile) ? Files.readAllLines(indexFile).stream()
                    .map(MailStore::parse).filter(s -> s != null && Files.exists(file(directory, s.number())))
                    .toList() : List.of();
            earlier = earlier.subList(Math.max(0, earlier.size() - capacity), earlier.size());
            Files.write(indexFile, earlier.stream().map(MailStore::line).toList(), StandardCharsets.UTF_8);
            var store = new MailStore(directory, capacity, Files.newBufferedWriter(indexFile, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND));
            store.kept.addAll(earlier);
            store.next = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).number() + 1;
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a received message for one recipient, dropping the oldest beyond the capacity. */
    synchronized void add(MimeMessage message, String to) throws IOException, MessagingException {
        long number = next++;
        try (OutputStream out = Files.newOutputStream(file(directory, number))) {
            message.writeTo(out);
        }
        Summary summary = new Summary(number, clean(to), clean(message.getSubject()),
                message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
                clean(message.getMessageID()));
        index.write(line(summary));
        index.newLine();
        index.flush();
        kept.addLast(summary);
        while (kept.size() > capacity) {
            Files.deleteIfExists(file(directory, kept.removeFirst().number()));
        }
    }

    /** Newest first; {@code to} (when given) keeps the messages whose recipient contains it, ignoring case. */
    synchronized Page page(int page, int size, String to) {
        String wanted = to == null ? "" : to.toLowerCase(Locale.ROOT);
        long skip = (long) page * size;
        List<Summary> matching = new ArrayList<>();
        int total = 0;
        for (Iterator<Summary> newest = kept.descendingIterator(); newest.hasNext(); ) {
            Summary summary = newest.next();
            if (summary.to().toLowerCase(Locale.ROOT).contains(wanted)) {
                if (total >= skip && matching.size() < size) {
                    matching.add(summary);
                }
                total++;
            }
        }
        return new Page(matching, total);
    }

    /** The stored message, or null when it was dropped meanwhile. */
    MimeMessage read(Summary summary) {
        try (InputStream in = Files.newInputStream(file(directory, summary.number()))) {
            return new MimeMessage(SESSION, in);
        } catch (IOException | MessagingException dropped) {
            return null;
        }
    }

    private static Path file(Path directory, long number) {
        return directory.resolve("%012d.eml".formatted(number));
    }

    private static String line(Summary s) {
        return String.join("\t", Long.toString(s.number()), s.to(), s.subject(), s.sentAt(), s.messageId());
    }

    private static Summary parse(String line) {
        String[] f = line.split("\t", -1);
        return f.length == 5 ? new Summary(Long.parseLong(f[0]), f[1], f[2], f[3], f[4]) : null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
