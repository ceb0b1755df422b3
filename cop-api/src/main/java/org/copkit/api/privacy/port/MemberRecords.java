package org.copkit.api.privacy.port;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.shared.MemberId;

/**
 * Records seen by privacy (the in-memory storage's, and the change log's decoded changes): whether
 * one names a member, its fields for an export, and a copy with the member replaced by a
 * pseudonym. Walks a record's components (records nested in it, optionals, sets and lists
 * included), so a field added to a record is covered without a change here. For the platform's
 * features, and for an add-on whose {@link PersonalData} keeps records.
 */
public final class MemberRecords {

  private MemberRecords() {}

  /**
   * @param value a value: a member ID, record, optional or collection of them, or anything else
   * @param member a member
   * @return whether the value names the member anywhere
   */
  public static boolean names(Object value, MemberId member) {
    if (value instanceof MemberId id) {
      return id.equals(member);
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() && names(optional.get(), member);
    }
    if (value instanceof Collection<?> values) {
      for (Object element : values) {
        if (names(element, member)) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (names(read(component, record), member)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * @param record a record
   * @return its fields for an export: records in it become maps of their components
   */
  public static Map<String, Object> fields(Record record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      fields.put(component.getName(), exported(read(component, record)));
    }
    return fields;
  }

  private static Object exported(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(MemberRecords::exported).orElse(null);
    }
    if (value instanceof Collection<?> values) {
      List<Object> list = new ArrayList<>(values.size());
      values.forEach(element -> list.add(exported(element)));
      return list;
    }
    if (value instanceof Record record && !(value instanceof MemberId) && record.getClass().getRecordComponents().length > 1) {
      return fields(record);
    }
    return value;
  }

  /**
   * @param <T> its type
   * @param value a value
   * @param member a member
   * @param pseudonym their pseudonym
   * @return a copy of the value with the member replaced by the pseudonym wherever it stands
   */
  @SuppressWarnings("unchecked")
  public static <T> T replaced(T value, MemberId member, MemberId pseudonym) {
    return (T) replace(value, member, pseudonym);
  }

  private static Object replace(Object value, MemberId member, MemberId pseudonym) {
    if (value instanceof MemberId id) {
      return id.equals(member) ? pseudonym : id;
    }
    if (!names(value, member)) {
      return value;
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(element -> replace(element, member, pseudonym));
    }
    if (value instanceof Set<?> values) {
      Set<Object> set = new LinkedHashSet<>();
      values.forEach(element -> set.add(replace(element, member, pseudonym)));
      return Set.copyOf(set);
    }
    if (value instanceof List<?> values) {
      return values.stream().map(element -> replace(element, member, pseudonym)).toList();
    }
    if (value instanceof Record record) {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] arguments = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        arguments[i] = replace(read(components[i], record), member, pseudonym);
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
      }
    }
    return value;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
