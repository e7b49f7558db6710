package com.necxian.refunds.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a process itself listens on a TCP port, read from Linux's /proc: the listening sockets of the port
 * ({@code /proc/<pid>/net/tcp} and {@code tcp6}) against the sockets the process holds open ({@code /proc/<pid>/fd}).
 * Where there is no /proc, it cannot tell.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** True or false on Linux; empty where the process's sockets cannot be read. */
    static Optional<Boolean> listens(long pid, int port) {
        Path proc = Path.of("/proc", Long.toString(pid));
        if (!Files.isDirectory(proc.resolve("fd")) || !Files.isReadable(proc.resolve("net").resolve("tcp"))) {
            return Optional.empty();
        }
        try {
            Set<String> listening = new HashSet<>();
            for (String table : List.of("tcp", "tcp6")) {
                Path file = proc.resolve("net").resolve(table);
                if (Files.isReadable(file)) {
                    listening.addAll(listeningInodes(Files.readAllLines(file), port));
                }
            }
            if (listening.isEmpty()) {
                return Optional.of(false);
            }
            return Optional.of(openSocketInodes(proc.resolve("fd")).stream().anyMatch(listening::contains));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Inodes of the sockets listening on {@code port} in a /proc/net/tcp table (header line first). */
    static Set<String> listeningInodes(List<String> table, int port) {
        String hexPort = ":" + String.format(Locale.ROOT, "%04X", port);
        Set<String> inodes = new HashSet<>();
        for (String line : table.subList(Math.min(1, table.size()), table.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 9 && fields[1].endsWith(hexPort) && LISTEN.equals(fields[3])) {
                inodes.add(fields[9]);
            }
        }
        return inodes;
    }

    private static Set<String> openSocketInodes(Path fds) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> open = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) open::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            }
        }
        return inodes;
    }
}
