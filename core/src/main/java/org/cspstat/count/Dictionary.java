package org.cspstat.count;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Dictionary encoding shared by loading threads: each distinct key gets a dense id once, so the
 * count store holds small integers, never repeated strings.
 *
 * @param <K> the key type (a code, a coordinate pair)
 * @param <V> the value kept for each id
 */
final class Dictionary<K, V> {
    private final ConcurrentHashMap<K, Integer> ids = new ConcurrentHashMap<>();
    private final List<V> values = new ArrayList<>();
    private final long limit;

    Dictionary(long limit) {
        this.limit = limit;
    }

    /** Returns the id of {@code key}, creating it (and its value) the first time. */
    int id(K key, Function<? super K, ? extends V> value) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        synchronized (values) {
            id = ids.get(key);
            if (id == null) {
                if (values.size() >= limit) {
                    throw new IllegalStateException("more than " + limit + " distinct values");
                }
                id = values.size();
                values.add(value.apply(key));
                ids.put(key, id);
            }
            return id;
        }
    }

    /** Returns the id of {@code key}, or -1 when it has none. */
    int find(K key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    List<V> values() {
        synchronized (values) {
            return List.copyOf(values);
        }
    }

    int size() {
        synchronized (values) {
            return values.size();
        }
    }
}
