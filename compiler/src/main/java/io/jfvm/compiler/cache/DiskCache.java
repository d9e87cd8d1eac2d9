package io.jfvm.compiler.cache;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Compiled modules on disk, one file per {@link CacheKey}. Reads verify each entry completely
 * ({@link EntryCodec}) and delete what fails; writes go to a temporary file in the same directory that is then
 * atomically renamed into place, so that concurrent processes see either no entry or a whole one. Cache
 * trouble never fails a compilation: unreadable entries are misses and failed writes are logged and dropped.
 */
public final class DiskCache {
    private static final System.Logger LOG = System.getLogger(DiskCache.class.getName());

    private final Path directory;
    private final LongAdder discarded = new LongAdder();

    public DiskCache(Path directory) {
        this.directory = directory;
    }

    /** {@code $XDG_CACHE_HOME/jfvm} when that variable is set (and absolute), otherwise {@code ~/.cache/jfvm}. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "jfvm");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "jfvm");
    }

    public Path directory() {
        return directory;
    }

    /** How many damaged or unusable entries this instance has discarded. */
    public long discardedEntries() {
        return discarded.sum();
    }

    /** Where the entry for {@code key} lives (whether or not it exists). */
    public Path path(CacheKey key) {
        return directory.resolve(key.fileName());
    }

    /** The verified entry for {@code key}; empty when there is none or it is damaged (it is then deleted). */
    public Optional<CacheEntry> load(CacheKey key) {
        Path file = path(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read cache entry " + file, e);
            return Optional.empty();
        }
        try {
            return Optional.of(EntryCodec.read(bytes, key));
        } catch (CorruptEntryException e) {
            discard(key, e.getMessage());
            return Optional.empty();
        }
    }

    /** Removes the entry for {@code key}, e.g. when it verified but could not be loaded. */
    public void discard(CacheKey key, String reason) {
        Path file = path(key);
        discarded.increment();
        LOG.log(Level.WARNING, "discarding cache entry " + file + ": " + reason);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete cache entry " + file, e);
        }
    }

    /** Writes the entry for {@code key}, replacing any; failures are logged, never thrown. */
    public void store(CacheKey key, CacheEntry entry) {
        Path target = path(key);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
            Files.write(temp, EntryCodec.write(key, entry));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (AtomicMoveNotSupportedException e) {
            // A non-atomic replace could expose a half-written entry to another process; better not to cache.
            LOG.log(Level.WARNING, "cache directory " + directory + " does not support atomic renames; not caching");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write cache entry " + target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot delete temporary file " + temp, e);
                }
            }
        }
    }
}
