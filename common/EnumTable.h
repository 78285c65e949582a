#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <span>
#include <type_traits>

namespace remotegpu {

template<typename E>
struct EnumName
{
    E value;
    QStringView name;
};

// Specialised once per wire enum, holding its only table of names:
//   static constexpr std::array names{EnumName<E>{E::A, u"a"}, …};   // canonical, one per value
//   static constexpr std::array aliases{EnumName<E>{E::A, u"old"}};  // optional, read-only
// toString and fromString both walk that table, so the two directions cannot drift apart.
template<typename E>
struct EnumTraits;

template<typename E>
concept WireEnum = std::is_enum_v<E> && requires
{
    EnumTraits<E>::names;
};

template<typename E>
concept HasEnumAliases = WireEnum<E> && requires
{
    EnumTraits<E>::aliases;
};

template<WireEnum E>
constexpr std::span<const EnumName<E>> enumNames()
{
    return EnumTraits<E>::names;
}

// Aliases are older spellings still found in stored rows (schema V2.1); they are accepted on
// read and never written.
template<WireEnum E>
constexpr std::span<const EnumName<E>> enumAliases()
{
    if constexpr (HasEnumAliases<E>)
        return EnumTraits<E>::aliases;
    else
        return {};
}

// The wire name, a view of the table's static text (no allocation: writers of hot answers use
// this). Empty only for a value forged from an out-of-range integer.
template<WireEnum E>
QStringView nameOf(E value)
{
    for (const EnumName<E> &entry : enumNames<E>()) {
        if (entry.value == value)
            return entry.name;
    }
    return {};
}

template<WireEnum E>
QString toString(E value)
{
    return nameOf(value).toString();
}

// Exact, case-sensitive match: the wire strings are part of the API contract.
template<WireEnum E>
std::optional<E> fromString(QStringView text)
{
    for (const EnumName<E> &entry : enumNames<E>()) {
        if (entry.name == text)
            return entry.value;
    }
    for (const EnumName<E> &entry : enumAliases<E>()) {
        if (entry.name == text)
            return entry.value;
    }
    return std::nullopt;
}

template<WireEnum E>
QStringList enumStrings()
{
    QStringList out;
    for (const EnumName<E> &entry : enumNames<E>())
        out.append(entry.name.toString());
    return out;
}

// For error messages: "online, offline, maintenance".
template<WireEnum E>
QString allowedValues()
{
    return enumStrings<E>().join(QStringView(u", "));
}

// QStringView's own comparison is not constexpr in Qt 6.4.
constexpr bool sameName(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// Used in static_asserts beside each table: a duplicated value or name would make one direction
// of the mapping ambiguous.
template<typename E, std::size_t N>
constexpr bool isUniqueTable(const std::array<EnumName<E>, N> &table)
{
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = i + 1; j < N; ++j) {
            if (table[i].value == table[j].value || sameName(table[i].name, table[j].name))
                return false;
        }
    }
    return true;
}

} // namespace remotegpu
