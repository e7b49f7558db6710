package com.necxian.refunds.testsupport.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refund request bodies for fuzzing intake: a valid request (http-api.md), then one to three mutations of it
 * (fields dropped, duplicated or replaced; control characters, NUL, lone surrogates and odd Unicode; null list
 * items; extreme dates and numbers; huge strings and lists; wrong types; deep nesting; truncated JSON). Each body
 * follows from its random source alone, so a seed reproduces it.
 */
public final class MutatedRefundRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Texts a storefront should never send, and some it may; each is a test of one rule or of the parser. */
    private static final List<String> ODD_TEXTS = List.of("\u0000", "a\u0000b", "\u0007bell", "\u001b[31mred",
            "\u007f", "\u0085", "line\nbreak", "tab\there", "cr\rlf\n", "\ud800", "x\udc00", "\ud83d", "😀👍🏽",
            "\u202eevil", "e\u0301\u0301\u0301", "\ufeffbom", "\uffff", "\ufffd", "   ", "", "null", "'; drop table x;--",
            "<script>alert(1)</script>", "%s%n%x", "ＮＸ－１", "\u2028\u2029", "ǅ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
    private static final List<String> ODD_DATES = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "+1000000000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
            "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-01", "2026-11-01T10:00:00", "yesterday",
            "2026-11-01T10:00:00+14:00", "9999-12-31T23:59:59.999999999Z");
    private static final List<String> ODD_NUMBERS = List.of("0", "-1", "2147483647", "2147483648",
            "-9223372036854775809", "99999999999999999999999999999", "1e400", "-1e400", "1.5", "1E2", "0.0000001",
            "NaN", "\"1\"", "\"NaN\"", "123456789012345678901234567890.5");
    private static final List<String> ODD_AMOUNTS = List.of("0", "0.00", "-1.00", "999999999999999", "999999999999999.99",
            "1e3", "1,00", " 1.00", "1.000", "00001.00", ".5", "5.", "Infinity", "9223372036854775807");

    private MutatedRefundRequests() {
    }

    /** A valid request with a fresh order number, dated a few days before {@code now}. */
    public static ObjectNode valid(Instant now) {
        Instant ordered = now.minus(Duration.ofDays(5));
        ObjectNode body = NODES.objectNode();
        body.put("orderNumber", "NX-" + UUID.randomUUID());
        body.put("orderedAt", ordered.toString());
        body.put("processedAt", ordered.plus(Duration.ofHours(2)).toString());
        body.putObject("customer").put("id", "C-42").put("email", "ana@example.com").put("name", "Ana Ruiz");
        body.putObject("payment").put("method", "CARD").put("reference", "pay_8f2k");
        body.put("currency", "EUR");
        body.put("reason", "DEFECTIVE");
        body.put("description", "Left earcup crackles after two days.");
        body.putArray("evidence").addObject().put("kind", "PHOTO").put("uri", "https://cdn.example.com/e/1.jpg")
                .put("note", "crack");
        body.put("preferredResolution", "REFUND");
        body.putArray("lines").addObject().put("lineId", "1").put("sku", "HP-200").put("description", "Headphones")
                .put("productType", "PHYSICAL").put("madeToOrder", "NONE").put("saleCondition", "REGULAR")
                .put("quantity", 1).put("amountPaid", "19.00")
                .put("deliveredAt", ordered.plus(Duration.ofDays(2)).toString());
        return body;
    }

    /** A valid request changed by one to three random mutations, as the JSON text to post. */
    public static String mutated(SplittableRandom random, Instant now) {
        ObjectNode body = valid(now);
        List<OnText> textual = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(OnTree.values().length + OnText.values().length);
            if (kind < OnTree.values().length) {
                OnTree.values()[kind].change.accept(body, random);
            } else {
                textual.add(OnText.values()[kind - OnTree.values().length]);
            }
        }
        String text = withLoneSurrogatesEscaped(JSON.writeValueAsString(body));
        for (OnText mutation : textual) {
            text = mutation.change.apply(text, random);
        }
        return text;
    }

    /** Mutations of the request as a tree. */
    private enum OnTree {
        DROP((body, random) -> {
            Slot slot = Slot.any(body, random);
            slot.remove();
        }),
        NULL_VALUE((body, random) -> Slot.any(body, random).set(NODES.nullNode())),
        ODD_TEXT((body, random) -> Slot.anyText(body, random).set(NODES.stringNode(pick(ODD_TEXTS, random)))),
        ODD_TEXT_INSIDE((body, random) -> {
            Slot slot = Slot.anyText(body, random);
            String text = slot.value().asString();
            int at = random.nextInt(text.length() + 1);
            slot.set(NODES.stringNode(text.substring(0, at) + pick(ODD_TEXTS, random) + text.substring(at)));
        }),
        HUGE_TEXT((body, random) -> Slot.anyText(body, random)
                .set(NODES.stringNode("x".repeat(random.nextInt(1, 300_000))))),
        ODD_DATE((body, random) -> Slot.anyDate(body, random).set(NODES.stringNode(pick(ODD_DATES, random)))),
        FAR_DATE((body, random) -> Slot.anyDate(body, random).set(NODES.stringNode(
                Instant.parse("2000-01-01T00:00:00Z").plus(Duration.ofDays(random.nextLong(-400_000, 400_000)))
                        .toString()))),
        ODD_NUMBER((body, random) -> Slot.anyLine(body, random).set("quantity", raw(pick(ODD_NUMBERS, random)))),
        ODD_AMOUNT((body, random) -> Slot.anyLine(body, random).put("amountPaid", pick(ODD_AMOUNTS, random))),
        NULL_ITEM((body, random) -> list(body, random).addNull()),
        MORE_ITEMS((body, random) -> {
            ArrayNode list = list(body, random);
            JsonNode item = list.isEmpty() ? NODES.objectNode() : list.get(0);
            int more = random.nextInt(1, 130);
            for (int i = 0; i < more; i++) {
                JsonNode copy = item.deepCopy();
                if (copy instanceof ObjectNode object && object.has("lineId")) {
                    object.put("lineId", String.valueOf(list.size() + 1));
                }
                list.add(copy);
            }
        }),
        WRONG_TYPE((body, random) -> Slot.any(body, random).set(pick(List.of(NODES.numberNode(42),
                NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.stringNode("text"),
                NODES.arrayNode().add("a").add(1), NODES.objectNode().put("k", "v")), random))),
        DEEP_NESTING((body, random) -> {
            int depth = random.nextInt(50, 3000);
            Slot.any(body, random).set(raw("[".repeat(depth) + "]".repeat(depth)));
        });

        final BiConsumer<ObjectNode, SplittableRandom> change;

        OnTree(BiConsumer<ObjectNode, SplittableRandom> change) {
            this.change = change;
        }
    }

    /** Mutations of the request as JSON text (what a tree cannot hold). */
    private enum OnText {
        DUPLICATE_FIELD((text, random) -> {
            String name = pick(List.of("orderNumber", "currency", "amountPaid", "lines", "customer"), random);
            return text.replaceFirst("\\{", "{\"" + name + "\":\"dup\",");
        }),
        TRUNCATE((text, random) -> text.substring(0, random.nextInt(text.length() + 1))),
        ODD_SYNTAX((text, random) -> pick(List.of(text + "}", text + text, "[" + text + "]", text.replace(":", "="),
                text.replaceFirst(",", ",,"), text.replace("\"", "'"), "\ufeff" + text, "null", "", "42",
                text.replaceFirst("\\}$", ",}"), "/* c */" + text), random));

        final BiFunction<String, SplittableRandom, String> change;

        OnText(BiFunction<String, SplittableRandom, String> change) {
            this.change = change;
        }
    }

    /** lines or evidence; a fresh array when an earlier mutation made it something else. */
    private static ArrayNode list(ObjectNode body, SplittableRandom random) {
        String name = random.nextBoolean() ? "lines" : "evidence";
        return body.get(name) instanceof ArrayNode list ? list : body.putArray(name);
    }

    /** A node holding raw JSON text (for numbers and nesting that a tree would normalise). */
    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new tools.jackson.databind.util.RawValue(json));
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Jackson writes a lone surrogate as it is; as JSON it must be an escape, or UTF-8 encoding turns it into '?'. */
    private static String withLoneSurrogatesEscaped(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (pair) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A place in the body: a property of an object or an item of an array. */
    private record Slot(JsonNode parent, String name, int index) {

        static Slot any(ObjectNode body, SplittableRandom random) {
            return pick(all(body), random);
        }

        static Slot anyText(ObjectNode body, SplittableRandom random) {
            List<Slot> texts = all(body).stream().filter(slot -> slot.value().isString()).toList();
            return texts.isEmpty() ? new Slot(body, "description", -1) : pick(texts, random);
        }

        static Slot anyDate(ObjectNode body, SplittableRandom random) {
            List<Slot> dates = all(body).stream().filter(slot -> slot.name != null && slot.name.endsWith("At"))
                    .toList();
            return dates.isEmpty() ? new Slot(body, "orderedAt", -1) : pick(dates, random);
        }

        static ObjectNode anyLine(ObjectNode body, SplittableRandom random) {
            JsonNode lines = body.get("lines");
            if (lines instanceof ArrayNode list && !list.isEmpty() && list.get(0) instanceof ObjectNode) {
                JsonNode line = list.get(random.nextInt(list.size()));
                if (line instanceof ObjectNode object) {
                    return object;
                }
            }
            return body;
        }

        static List<Slot> all(JsonNode node) {
            List<Slot> slots = new ArrayList<>();
            if (node instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> property : object.properties()) {
                    slots.add(new Slot(object, property.getKey(), -1));
                    slots.addAll(all(property.getValue()));
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    slots.add(new Slot(array, null, i));
                    slots.addAll(all(array.get(i)));
                }
            }
            return slots;
        }

        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }
}
