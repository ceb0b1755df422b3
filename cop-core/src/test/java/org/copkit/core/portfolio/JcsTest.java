package org.copkit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The canonical forms RFC 8785 gives as examples (sections 3.2.2 and 3.2.3), through Jackson's tree. */
class JcsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode parse(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void writesTheRfcsExampleOfLiteralsNumbersAndStrings() throws Exception {
    JsonNode input = parse("""
        {
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
          "literals": [null, true, false]
        }
        """);

    assertThat(Jcs.canonical(input)).isEqualTo(
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
            + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void sortsMembersByTheirNamesUtf16CodeUnitsAsTheRfcsExample() throws Exception {
    JsonNode input = parse("""
        {
          "\\u20ac": "Euro Sign",
          "\\r": "Carriage Return",
          "\\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\\ud83d\\ude00": "Emoji: Grinning Face",
          "\\u0080": "Control",
          "\\u00f6": "Latin Small Letter O With Diaeresis"
        }
        """);

    assertThat(Jcs.canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void nestsWithoutWhitespaceAndKeepsIntegersAsTheirDigits() throws Exception {
    JsonNode input = parse("{ \"b\": [ 1, { \"d\": 2, \"c\": \"x\" } ], \"a\": 10 }");

    assertThat(Jcs.canonical(input)).isEqualTo("{\"a\":10,\"b\":[1,{\"c\":\"x\",\"d\":2}]}");
  }
}
