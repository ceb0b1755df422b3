package org.copkit.core.shared;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * How one topic of the change log reads and writes its bodies, for privacy: an export lists the
 * changes that name a member, and an erasure writes them again naming the pseudonym (found and
 * replaced through the decoded record's components, so a field added to a change is covered).
 * Wiring between features, never reaching hosts.
 */
public interface LoggedChanges {

  /** @return the topic whose bodies it reads */
  String topic();

  /**
   * @param body a body of the topic
   * @return the change it holds, a record
   * @throws IllegalArgumentException when the body is not one this version reads
   */
  Record decode(String body);

  /**
   * @param change a change {@link #decode} returned, possibly copied with other field values
   * @return its body
   */
  String encode(Record change);

  /**
   * Whether a change names a member in a text the platform wrote (a held notice's subject: "laia
   * mentioned you in …"), by the word rule of {@link Pseudonymisation#namedIn}: an export then
   * lists it, and an erasure rewrites it through {@link #replacedInTexts}.
   *
   * @param change a change {@link #decode} returned
   * @param member a member
   * @return false, unless the topic's changes hold such texts
   */
  default boolean namesInTexts(Record change, MemberId member) {
    return false;
  }

  /**
   * @param change a change {@link #decode} returned
   * @param erasure the erasure
   * @return the change with the member's ID replaced by the pseudonym in the texts the platform
   *     wrote ({@link Pseudonymisation#replacedIn}); the change itself when it holds none
   */
  default Record replacedInTexts(Record change, Pseudonymisation erasure) {
    return change;
  }

  /**
   * These bodies' reading and writing, for a topic whose changes hold a text the platform wrote
   * that may name members (a held notice's subject).
   *
   * @param text the text of a change {@link #decode} returned
   * @param withText a copy of such a change with another text
   * @return how the topic's bodies are read and written, its texts named by {@link #namesInTexts}
   *     and rewritten by {@link #replacedInTexts}
   */
  default LoggedChanges withText(Function<Record, String> text, BiFunction<Record, String, Record> withText) {
    LoggedChanges plain = this;
    return new LoggedChanges() {
      @Override
      public String topic() {
        return plain.topic();
      }

      @Override
      public Record decode(String body) {
        return plain.decode(body);
      }

      @Override
      public String encode(Record change) {
        return plain.encode(change);
      }

      @Override
      public boolean namesInTexts(Record change, MemberId member) {
        return Pseudonymisation.namedIn(member, text.apply(change));
      }

      @Override
      public Record replacedInTexts(Record change, Pseudonymisation erasure) {
        return withText.apply(change, erasure.replacedIn(text.apply(change)));
      }
    };
  }

  /**
   * A topic's bodies read and written by its change type's own decoder and encoder.
   *
   * @param topic the topic
   * @param decode reads a body into the topic's change type
   * @param encode writes one of those changes as a body
   * @param change the topic's change type, whose implementations are records
   * @param <C> that type
   * @return how the topic's bodies are read and written
   */
  static <C> LoggedChanges of(String topic, Function<String, ? extends C> decode, Function<C, String> encode,
      Class<C> change) {
    return new LoggedChanges() {
      @Override
      public String topic() {
        return topic;
      }

      @Override
      public Record decode(String body) {
        return (Record) decode.apply(body);
      }

      @Override
      public String encode(Record record) {
        return encode.apply(change.cast(record));
      }
    };
  }
}
