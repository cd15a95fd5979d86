package org.kintsugi.letterexchange.internal.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that looks like a way to find or reach someone: an email address, a phone number, a UK
 * postcode, a street address, a social-media handle or a web address. It flags for the facilitator's
 * attention and decides nothing: false alarms are cheap, a missed address is not, so it leans to flagging.
 */
public final class ContactDetailsCheck {
    private static final String STREET = "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|ct"
            + "|place|pl|terrace|gardens|grove|hill|park|square|sq|walk|row|mews|view|rise|green|parade|wharf";
    /** Without a house number only these, so that "No Way" or "the Park" pass. */
    private static final String NAMED_STREET = "road|street|avenue|lane|close|drive|crescent|terrace|gardens|grove|mews";
    private static final String PLATFORMS = "instagram|insta|ig|snapchat|snap|tiktok|twitter|facebook|fb|telegram"
            + "|whatsapp|discord|kik|threads|bluesky|linkedin|signal";

    private static final List<Rule> RULES = List.of(
            new Rule(ContactFlag.Kind.EMAIL, Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")),
            new Rule(ContactFlag.Kind.EMAIL, Pattern.compile("(?i)\\b[a-z0-9._%+-]+\\s*(?:\\(at\\)|\\[at\\]|\\sat\\s)\\s*"
                    + "[a-z0-9-]+(?:\\s*(?:\\(dot\\)|\\[dot\\]|\\sdot\\s)\\s*[a-z]{2,})+\\b")),
            new Rule(ContactFlag.Kind.WEB_ADDRESS, Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s]+")),
            new Rule(ContactFlag.Kind.WEB_ADDRESS, Pattern.compile("(?i)\\b(?:" + PLATFORMS + "|x)\\.com/[^\\s]+")),
            new Rule(ContactFlag.Kind.HANDLE, Pattern.compile("(?<![\\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})")),
            new Rule(ContactFlag.Kind.HANDLE, Pattern.compile("(?i)\\b(?:" + PLATFORMS + ")(?:\\s*(?:name|handle|username|user|id))?"
                    + "(?:\\s*[:=-]\\s*|\\s+is\\s+)@?[a-z0-9_][a-z0-9_.]{2,29}(?:#\\d{4})?")),
            new Rule(ContactFlag.Kind.PHONE, Pattern.compile("(?<![\\w+])(?:\\+|00)?\\(?\\d(?:[ .\\-()]{0,2}\\d){8,14}(?!\\d)")),
            new Rule(ContactFlag.Kind.POSTCODE, Pattern.compile("(?i)\\b[a-z]{1,2}\\d[a-z\\d]?\\s*\\d[a-z]{2}\\b")),
            new Rule(ContactFlag.Kind.ADDRESS, Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][A-Za-z'-]+\\s+){1,3}"
                    + "(?i:" + STREET + ")\\b")),
            new Rule(ContactFlag.Kind.ADDRESS, Pattern.compile("\\b(?:[A-Z][A-Za-z'-]+\\s+){1,2}(?i:" + NAMED_STREET + ")\\b")),
            new Rule(ContactFlag.Kind.ADDRESS, Pattern.compile("(?i)\\b(?:flat|apartment|apt|unit|house)\\s+(?:no\\.?\\s*)?\\d+[a-z]?\\b")));

    private ContactDetailsCheck() {
    }

    /** Every passage that looks like contact details, in order; overlapping finds are merged into the first. */
    public static List<ContactFlag> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ContactFlag> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern.matcher(text);
            while (matcher.find()) {
                if (rule.kind != ContactFlag.Kind.PHONE || digits(matcher.group()) >= 10) {
                    found.add(new ContactFlag(rule.kind, matcher.start(), matcher.end(), matcher.group()));
                }
            }
        }
        found.sort(Comparator.comparingInt(ContactFlag::start).thenComparing(f -> -f.end()));
        List<ContactFlag> merged = new ArrayList<>();
        for (ContactFlag flag : found) {
            ContactFlag last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last == null || flag.start() >= last.end()) {
                merged.add(flag);
            } else if (flag.end() > last.end()) {
                merged.set(merged.size() - 1, new ContactFlag(last.kind(), last.start(), flag.end(),
                        text.substring(last.start(), flag.end())));
            }
        }
        return merged;
    }

    private static long digits(String candidate) {
        return candidate.chars().filter(Character::isDigit).count();
    }

    private static final class Rule {
        final ContactFlag.Kind kind;
        final Pattern pattern;

        Rule(ContactFlag.Kind kind, Pattern pattern) {
            this.kind = kind;
            this.pattern = pattern;
        }
    }
}
