package org.copkit.jpa;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import org.copkit.api.shared.DomainEvent;

/**
 * Writes domain events as JSON for the outbox, without annotations on the API's records: instants
 * as ISO-8601 text, an empty {@code Optional} as {@code null}, typed IDs (records with a single
 * component named {@code value}) as their value, and a value of a sealed interface, such as an
 * invitation's status, with a {@code "type"} property naming its record.
 */
final class EventJson {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule("copkit-identifiers").setSerializerModifier(new IdentifiersAsValues()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultTyping(
              new SealedInterfacesTyped()
                  .init(JsonTypeInfo.Id.SIMPLE_NAME, null)
                  .inclusion(JsonTypeInfo.As.PROPERTY)
                  .typeProperty("type"))
          .build();

  /**
   * @param event the event
   * @return the event as a JSON object
   */
  String write(DomainEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write event " + event.getClass().getName() + " as JSON", e);
    }
  }

  /** Adds type information to values declared as a sealed interface, and to nothing else. */
  private static final class SealedInterfacesTyped extends ObjectMapper.DefaultTypeResolverBuilder {

    private static final long serialVersionUID = 1L;

    SealedInterfacesTyped() {
      super(ObjectMapper.DefaultTyping.NON_FINAL, LaissezFaireSubTypeValidator.instance);
    }

    @Override
    public boolean useForType(JavaType type) {
      return type.isInterface() && type.getRawClass().isSealed();
    }
  }

  /** Serializes a record with a single component named {@code value} as that value. */
  private static final class IdentifiersAsValues extends BeanSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
      RecordComponent[] components = description.getBeanClass().getRecordComponents();
      return components != null && components.length == 1 && components[0].getName().equals("value")
          ? new SingleValue(components[0].getAccessor())
          : serializer;
    }
  }

  private static final class SingleValue extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient Method accessor;

    SingleValue(Method accessor) {
      super(Object.class);
      this.accessor = accessor;
    }

    @Override
    public void serialize(Object identifier, JsonGenerator generator, SerializerProvider provider) throws IOException {
      try {
        provider.defaultSerializeValue(accessor.invoke(identifier), generator);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }
}
