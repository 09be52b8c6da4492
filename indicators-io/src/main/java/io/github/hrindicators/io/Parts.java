package io.github.hrindicators.io;

import io.github.hrindicators.core.records.RecordSource;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A record file cut at line breaks into parts read on several threads. */
final class Parts {
    /** Files smaller than this are read in one pass. */
    static final long MIN_SIZE = 1 << 20;

    private Parts() {
    }

    /**
     * Where to cut: {@code cuts[0]} is the first byte after the header row (0 for JSON Lines), {@code cuts[k]} the
     * first byte of a line, the last the file's size; empty when the file should be read in one pass.
     */
    static Optional<long[]> cuts(Path file, int parts, boolean jsonLines, Optional<Charset> encoding) {
        if (encoding.isPresent() && encoding.get().name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            return Optional.empty();
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            if (size < MIN_SIZE) {
                return Optional.empty();
            }
            int b0 = f.read();
            int b1 = f.read();
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                return Optional.empty(); // UTF-16 by its byte order mark: a byte '\n' is not a line break
            }
            long[] cuts = new long[parts + 1];
            f.seek(0);
            cuts[0] = jsonLines ? 0 : endOfLine(f);
            for (int k = 1; k < parts; k++) {
                f.seek(Math.max(cuts[k - 1], size * k / parts));
                cuts[k] = endOfLine(f);
            }
            cuts[parts] = size;
            return Optional.of(cuts);
        } catch (IOException e) {
            return Optional.empty(); // the one-pass read reports it
        }
    }

    /** Reads to just after the next '\n' from the file pointer; returns that position. */
    private static long endOfLine(RandomAccessFile f) throws IOException {
        byte[] buf = new byte[8192];
        long at = f.getFilePointer();
        while (true) {
            int n = f.read(buf);
            if (n <= 0) {
                return f.length();
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
    }

    /**
     * How the records of a file's parts are accumulated: each part into an accumulator of its own, the parts then
     * merged.
     *
     * @param format the file's format
     * @param newPart a new empty accumulator
     * @param add adds a record to an accumulator
     * @param merge merges a part's accumulator into the file's
     */
    record Accumulation<A, T>(RecordFormat<T> format, Supplier<A> newPart, BiConsumer<A, T> add, Consumer<A> merge) {
    }

    /**
     * Reads the parts on their own threads and merges them; empty, with nothing merged, if a part had a problem or
     * the parts hold no rows (the one-pass read then reports it). A part of a UTF-8 CSV file is first read by
     * {@link FastRecords}, and read again the usual way when that gives it up.
     */
    static <A, T> Optional<RecordSource> read(Path file, long[] cuts, Accumulation<A, T> how, RecordReader reader,
            ReadOptions options) {
        int parts = cuts.length - 1;
        boolean jsonLines = RecordReader.isJsonLines(file.toString());
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes((int) cuts[0]);
        } catch (IOException e) {
            return Optional.empty();
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts);
        try {
            List<Future<A>> futures = new ArrayList<>();
            long[] rows = new long[parts];
            for (int k = 0; k < parts; k++) {
                int part = k;
                if (cuts[part] == cuts[part + 1]) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(how.newPart().get()));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Optional<FastRecords<T>> fast = jsonLines ? Optional.empty()
                            : FastRecords.of(how.format(), file.toString(), header, options);
                    if (fast.isPresent()) {
                        A quick = how.newPart().get();
                        OptionalLong read = fast.get().read(file, cuts[part], cuts[part + 1],
                                r -> how.add().accept(quick, r));
                        if (read.isPresent()) {
                            rows[part] = read.getAsLong();
                            return quick;
                        }
                    }
                    A acc = how.newPart().get();
                    try (InputStream in = new SequenceInputStream(new ByteArrayInputStream(header),
                            range(file, cuts[part], cuts[part + 1]))) {
                        rows[part] = reader.readPart(in, file, how.format(), r -> how.add().accept(acc, r)).rows();
                    }
                    return acc;
                }));
            }
            List<A> done = new ArrayList<>();
            for (Future<A> f : futures) {
                done.add(f.get());
            }
            long total = java.util.Arrays.stream(rows).sum();
            if (total == 0) {
                return Optional.empty(); // the one-pass read says the file has no rows
            }
            done.forEach(how.merge());
            return Optional.of(new RecordSource(file.toString(), total, 0));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataFileException || e.getCause() instanceof IOException) {
                return Optional.empty();
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + file, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static InputStream range(Path file, long from, long to) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ).position(from);
        InputStream raw = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
        return new FilterInputStream(raw) {
            private long left = to - from;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int c = super.read();
                if (c >= 0) {
                    left--;
                }
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }
}
