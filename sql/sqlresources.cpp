// Anchors the static library that carries the migrations as resources. Resources of a static
// library are object files that must be pulled in explicitly; Qt's CMake does that for targets
// linking remotegpu_sql, and Q_INIT_RESOURCE is not needed.
namespace remotegpu::sql {
int migrationsAnchor()
{
    return 0;
}
} // namespace remotegpu::sql
