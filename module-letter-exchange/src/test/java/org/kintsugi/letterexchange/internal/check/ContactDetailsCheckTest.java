package org.kintsugi.letterexchange.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** All numbers, addresses and accounts here are synthetic: drama numbers, .invalid and example domains. */
class ContactDetailsCheckTest {
    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
        "ZZ1 1ZZ|POSTCODE", "zz99 9zz|POSTCODE", "QQ12 3AB|POSTCODE", "X1 2YZ|POSTCODE", "XY1A 2BC|POSTCODE",
        "X1A 2BC|POSTCODE", "ZZ999ZZ|POSTCODE", "qq9 9qq|POSTCODE",
        "07700 900123|PHONE", "07700900123|PHONE", "07700-900-123|PHONE", "+44 7700 900123|PHONE",
        "+447700900123|PHONE", "0044 7700 900123|PHONE", "020 7946 0958|PHONE", "(020) 7946 0958|PHONE",
        "01632 960 123|PHONE", "01632.960.123|PHONE", "+1 (555) 010-0199|PHONE", "0 7 7 0 0 9 0 0 1 2 3|PHONE",
        "someone@example.com|EMAIL", "first.last+tag@mail.example.co.uk|EMAIL", "UPPER@EXAMPLE.INVALID|EMAIL",
        "someone at example dot com|EMAIL", "someone (at) example (dot) org|EMAIL", "someone[at]example[dot]net|EMAIL",
        "@synthetic_fox|HANDLE", "@blue.heron.99|HANDLE", "insta: synthetic.fox|HANDLE", "snapchat is fox_in_socks|HANDLE",
        "TikTok - @paper_crane|HANDLE", "discord username: heron#0001|HANDLE",
        "https://example.invalid/me|WEB_ADDRESS", "www.example.invalid|WEB_ADDRESS", "facebook.com/synthetic.person|WEB_ADDRESS",
        "12 Acacia Avenue|ADDRESS", "4b, Lantern Row|ADDRESS", "221 Imaginary Crescent|ADDRESS", "Flat 3|ADDRESS",
        "apartment 12B|ADDRESS", "Millpond Close|ADDRESS", "7 Old Quarry Lane|ADDRESS"})
    void flagsEachFormatAlone(String detail, ContactFlag.Kind kind) {
        List<ContactFlag> flags = ContactDetailsCheck.scan("You can find me at " + detail + " any time.");
        assertEquals(1, flags.size(), () -> "flags: " + flags);
        assertEquals(kind, flags.get(0).kind());
        assertEquals(detail, flags.get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have thought about what happened every day for three years.",
        "It was 2019 when it started, and on 14/03/2020 I told my sister.",
        "We met at 10.30 and talked until 11.45.",
        "I am 34 years old and I walked down the road to the park.",
        "No Way would I have said that, but the Park was where I felt safe.",
        "I would like you to answer these 5 questions honestly.",
        "Email me? No. I do not want you to have any way to reach me.",
        "Crime reference 1234/2021 is in my notes.",
        "I read your letter at home with my supporter."})
    void leavesOrdinaryLetterTextAlone(String text) {
        assertEquals(List.of(), ContactDetailsCheck.scan(text));
    }

    @Test
    void findsEveryDetailInALongerLetterWithItsPlace() {
        String letter = "Dear you,\nI moved to 9 Harbour View, ZZ3 4QQ last year.\nCall 07700 900456 or write to "
                + "heron@example.invalid.\nI am @paper_crane on most apps.";
        List<ContactFlag> flags = ContactDetailsCheck.scan(letter);
        assertEquals(List.of("ADDRESS", "POSTCODE", "PHONE", "EMAIL", "HANDLE"),
                flags.stream().map(f -> f.kind().name()).collect(Collectors.toList()));
        for (ContactFlag flag : flags) {
            assertEquals(flag.text(), letter.substring(flag.start(), flag.end()));
        }
    }

    @Test
    void anEmailIsOneFlagNotAlsoAHandle() {
        List<ContactFlag> flags = ContactDetailsCheck.scan("write to fox@example.invalid please");
        assertEquals(1, flags.size());
        assertEquals(ContactFlag.Kind.EMAIL, flags.get(0).kind());
    }

    @Test
    void twoPhoneNumbersAreTwoFlags() {
        List<ContactFlag> flags = ContactDetailsCheck.scan("07700 900123 or 07700 900456");
        assertEquals(2, flags.size(), flags::toString);
        assertTrue(flags.stream().allMatch(f -> f.kind() == ContactFlag.Kind.PHONE));
    }

    @Test
    void emptyTextHasNoFlags() {
        assertEquals(List.of(), ContactDetailsCheck.scan(""));
        assertEquals(List.of(), ContactDetailsCheck.scan(null));
    }
}
