package org.kintsugi.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * Each package of the core can be read on its own: no two depend on each other, however indirectly. The
 * compiled classes are read with the JDK's jdeps, so what counts is what the bytecode uses, not comments.
 */
class PackageCyclesTest {
    private static final String ROOT = "org.kintsugi.core.internal";
    private static final Pattern EDGE = Pattern.compile("^\\s*(" + Pattern.quote(ROOT) + "[\\w.]*)\\s+->\\s+("
            + Pattern.quote(ROOT) + "[\\w.]*)\\s", Pattern.MULTILINE);

    @Test
    void theCoresPackagesFormNoCycle() {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.size() > 10, "read the core's packages: " + uses.keySet());
        assertEquals(List.of(), cycles(uses), "packages that depend on each other");
    }

    @Test
    void aCycleHoweverIndirectIsFound() {
        Map<String, Set<String>> uses = Map.of(ROOT + ".a", Set.of(ROOT + ".b"), ROOT + ".b", Set.of(ROOT + ".c"),
                ROOT + ".c", Set.of(ROOT + ".a"), ROOT + ".d", Set.of(ROOT + ".a"));
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(uses));
    }

    private static Map<String, Set<String>> dependencies() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package",
                "-filter:none", "-e", Pattern.quote(ROOT) + "\\..*", "target/classes");
        assertEquals(0, code, out.toString());
        Map<String, Set<String>> uses = new TreeMap<>();
        Matcher edge = EDGE.matcher(out.toString());
        while (edge.find()) {
            uses.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
            if (!edge.group(1).equals(edge.group(2))) {
                uses.get(edge.group(1)).add(edge.group(2));
            }
        }
        return uses;
    }

    /** Strongly connected groups of more than one package (Tarjan), each sorted, without the common prefix. */
    static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String start : uses.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, uses, index, low, stack, onStack, found, counter);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w.length() > ROOT.length() ? w.substring(ROOT.length() + 1) : w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(group);
            }
        }
    }
}
