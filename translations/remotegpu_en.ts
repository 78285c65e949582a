<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
</context>
<context>
    <name>remotegpu::ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not usable. Enter an address such as http://127.0.0.1:8080.</source>
        <translation>The server address &quot;%1&quot; is not usable. Enter an address such as http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with HTTP %3 %4 and no RemoteGPU envelope. Check that this address is a RemoteGPU server.</source>
        <translation>The server at %1 answered %2 with HTTP %3 %4 and no RemoteGPU envelope. Check that this address is a RemoteGPU server.</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with something that is not a RemoteGPU envelope (%3). Check that this address is a RemoteGPU server of a matching version.</source>
        <translation>The server at %1 answered %2 with something that is not a RemoteGPU envelope (%3). Check that this address is a RemoteGPU server of a matching version.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: connection refused. Check that the server is running and that the address and port are right.</source>
        <translation>Cannot reach the server at %1: connection refused. Check that the server is running and that the address and port are right.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>Cannot reach the server at %1: the host name was not found. Check the address.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s. Check that it is running and not overloaded, then try again.</source>
        <translation>The server at %1 did not answer within %2 s. Check that it is running and not overloaded, then try again.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering. It may have stopped or restarted; try again.</source>
        <translation>The server at %1 closed the connection before answering. It may have stopped or restarted; try again.</translation>
    </message>
    <message>
        <source>Cannot open a secure connection to %1: %2</source>
        <translation>Cannot open a secure connection to %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Cannot reach the server at %1: %2</translation>
    </message>
</context>
<context>
    <name>remotegpu::CommandLine</name>
    <message>
        <source>Connect to the RemoteGPU server at &lt;url&gt;, e.g. http://10.0.0.5:8080.</source>
        <translation>Connect to the RemoteGPU server at &lt;url&gt;, e.g. http://10.0.0.5:8080.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start the bundled remotegpu-server on a free local port and connect to it.</source>
        <translation>Start the bundled remotegpu-server on a free local port and connect to it.</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>User interface language: zh_CN or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Open the main window without signing in, and quit once it is shown. For automated checks.</source>
        <translation>Open the main window without signing in, and quit once it is shown. For automated checks.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>RemoteGPU Console: the operators&apos; desktop console for a RemoteGPU fleet.</source>
        <translation>RemoteGPU Console: the operators&apos; desktop console for a RemoteGPU fleet.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Unexpected argument &quot;%1&quot;; see --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2.</source>
        <translation>Unknown language &quot;%1&quot; for --lang; use one of: %2.</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address such as http://10.0.0.5:8080, not &quot;%1&quot;.</source>
        <translation>--server needs an http:// or https:// address such as http://10.0.0.5:8080, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--server and --local exclude each other: --local starts its own server.</source>
        <translation>--server and --local exclude each other: --local starts its own server.</translation>
    </message>
</context>
<context>
    <name>remotegpu::LocalServer</name>
    <message>
        <source>The bundled server was not found at %1. Build the remotegpu-server target, or install remotegpu-server next to remotegpu-console.</source>
        <translation>The bundled server was not found at %1. Build the remotegpu-server target, or install remotegpu-server next to remotegpu-console.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>it crashed</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>The bundled server stopped before it was ready (%1). Its last message: %2</source>
        <translation>The bundled server stopped before it was ready (%1). Its last message: %2</translation>
    </message>
    <message>
        <source>The bundled server stopped while the console was using it (%1). Its last message: %2</source>
        <translation>The bundled server stopped while the console was using it (%1). Its last message: %2</translation>
    </message>
    <message>
        <source>The bundled server at %1 could not be started: %2</source>
        <translation>The bundled server at %1 could not be started: %2</translation>
    </message>
    <message>
        <source>The bundled server did not report that it was listening within %1 s, so it was stopped. Its last message: %2</source>
        <translation>The bundled server did not report that it was listening within %1 s, so it was stopped. Its last message: %2</translation>
    </message>
    <message>
        <source>(it wrote nothing)</source>
        <translation>(it wrote nothing)</translation>
    </message>
</context>
<context>
    <name>remotegpu::MachineImportApi</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>The connection to the server was closed.</translation>
    </message>
    <message>
        <source>The server answered the template download with HTTP %1 instead of the file.</source>
        <translation>The server answered the template download with HTTP %1 instead of the file.</translation>
    </message>
    <message>
        <source>The server&apos;s import report could not be read: %1</source>
        <translation>The server&apos;s import report could not be read: %1</translation>
    </message>
    <message>
        <source>The server answered the import without a report.</source>
        <translation>The server answered the import without a report.</translation>
    </message>
</context>
<context>
    <name>remotegpu::Session</name>
    <message>
        <source>The server&apos;s sign-in answer has no access token. Check that the console and the server are the same version.</source>
        <translation>The server&apos;s sign-in answer has no access token. Check that the console and the server are the same version.</translation>
    </message>
    <message>
        <source>No sign-in is saved for %1. Sign in with your user name and password.</source>
        <translation>No sign-in is saved for %1. Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read from the system keychain (%1). Sign in with your user name and password.</source>
        <translation>The saved sign-in could not be read from the system keychain (%1). Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>There is no sign-in to renew. Sign in with your user name and password.</source>
        <translation>There is no sign-in to renew. Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because the system keychain refused access (%1). You will have to sign in again next time.</source>
        <translation>Your sign-in could not be remembered because the system keychain refused access (%1). You will have to sign in again next time.</translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because no system keychain is available (%1). You will have to sign in again next time. To be remembered, run a Secret Service keychain such as GNOME Keyring or KWallet in your desktop session.</source>
        <translation>Your sign-in could not be remembered because no system keychain is available (%1). You will have to sign in again next time. To be remembered, run a Secret Service keychain such as GNOME Keyring or KWallet in your desktop session.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>You are not signed in. Sign in and try again.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue where you were.</source>
        <translation>Your sign-in has expired. Sign in again to continue where you were.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>You signed out.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AlertsView</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Active and past alerts will appear here, with acknowledging and resolving.</source>
        <translation>Active and past alerts will appear here, with acknowledging and resolving.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocateDialog</name>
    <message>
        <source>New allocation</source>
        <translation>New allocation</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Loading tenants…</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Optional: what the tenant rents it for</source>
        <translation>Optional: what the tenant rents it for</translation>
    </message>
    <message>
        <source>Filter machines…</source>
        <translation>Filter machines…</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <source>&amp;Machines free for the whole period:</source>
        <translation>&amp;Machines free for the whole period:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Tenants could not be loaded</source>
        <translation>Tenants could not be loaded</translation>
    </message>
    <message>
        <source>Loading tenants failed</source>
        <translation>Loading tenants failed</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>Choose a tenant</translation>
    </message>
    <message>
        <source>Choose an end after the start to see the free machines.</source>
        <translation>Choose an end after the start to see the free machines.</translation>
    </message>
    <message>
        <source>Looking for machines free from %1 to %2…</source>
        <translation>Looking for machines free from %1 to %2…</translation>
    </message>
    <message>
        <source>The free machines could not be loaded: %1</source>
        <translation>The free machines could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1 — not free: %2</source>
        <translation>%1 — not free: %2</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in maintenance</translation>
    </message>
    <message>
        <source>held during this period</source>
        <translation>held during this period</translation>
    </message>
    <message>
        <source>No machine is free for the whole period.</source>
        <translation>No machine is free for the whole period.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) free for the whole period.</source>
        <translation>
            <numerusform>%n machine free for the whole period.</numerusform>
            <numerusform>%n machines free for the whole period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) for %1, %2.</source>
        <translation>
            <numerusform>%n machine for %1, %2.</numerusform>
            <numerusform>%n machines for %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tenant yet)</source>
        <translation>(no tenant yet)</translation>
    </message>
    <message>
        <source>Choose the tenant the machines are for.</source>
        <translation>Choose the tenant the machines are for.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>The end must be in the future.</source>
        <translation>The end must be in the future.</translation>
    </message>
    <message>
        <source>Check at least one free machine.</source>
        <translation>Check at least one free machine.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Allocating %1 failed</source>
        <translation>Allocating %1 failed</translation>
    </message>
    <message>
        <source>Created %1. Not created: %2.</source>
        <translation>Created %1. Not created: %2.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocationsView</name>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>Every lease of every tenant: who rents which machine until when. Extend or reclaim from the list or by dragging a lease&apos;s end on the timeline.</source>
        <translation>Every lease of every tenant: who rents which machine until when. Extend or reclaim from the list or by dragging a lease&apos;s end on the timeline.</translation>
    </message>
    <message>
        <source>New allocation…</source>
        <translation>New allocation…</translation>
    </message>
    <message>
        <source>Rent machines to a tenant for a period (Ctrl+N)</source>
        <translation>Rent machines to a tenant for a period (Ctrl+N)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Extend the selected allocations (Ctrl+E)</source>
        <translation>Extend the selected allocations (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>Reclaim…</translation>
    </message>
    <message>
        <source>End the selected allocations now, with a reason (Delete)</source>
        <translation>End the selected allocations now, with a reason (Delete)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the selected allocation (Enter)</source>
        <translation>Show the selected allocation (Enter)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the allocations again (F5)</source>
        <translation>Load the allocations again (F5)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Expiring: active and ending within the server&apos;s expiring window (7 days unless changed in Settings)</source>
        <translation>Expiring: active and ending within the server&apos;s expiring window (7 days unless changed in Settings)</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>All tenants</translation>
    </message>
    <message>
        <source>Machine id, e.g. node-07</source>
        <translation>Machine id, e.g. node-07</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Machine:</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>T&amp;imeline</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>tenant %1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reclaimed at %1</source>
        <translation>Reclaimed at %1</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Loading allocations failed</source>
        <translation>Loading allocations failed</translation>
    </message>
    <message>
        <source>Tenants could not be loaded: %1</source>
        <translation>Tenants could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>Extend %n…</source>
        <translation>
            <numerusform>Extend %n…</numerusform>
            <numerusform>Extend %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n…</source>
        <translation>
            <numerusform>Reclaim %n…</numerusform>
            <numerusform>Reclaim %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n allocation</numerusform>
            <numerusform>%n allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Copy id</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>Show on timeline</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) created</source>
        <translation>
            <numerusform>%n allocation created</numerusform>
            <numerusform>%n allocations created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) extended</source>
        <translation>
            <numerusform>%n allocation extended</numerusform>
            <numerusform>%n allocations extended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) reclaimed</source>
        <translation>
            <numerusform>%n allocation reclaimed</numerusform>
            <numerusform>%n allocations reclaimed</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 failed</source>
        <translation>Loading %1 failed</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>Allocation %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Machine:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Reclaimed at:</source>
        <translation>Reclaimed at:</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The audit log of sensitive operations will appear here: who did what to which target, when, from where, and with what result.</source>
        <translation>The audit log of sensitive operations will appear here: who did what to which target, when, from where, and with what result.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Tenant companies and their members will appear here, with details, enabling and disabling.</source>
        <translation>Tenant companies and their members will appear here, with details, enabling and disabling.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Fleet totals, the GPU utilisation trend, recent allocations and active alerts will appear here.</source>
        <translation>Fleet totals, the GPU utilisation trend, recent allocations and active alerts will appear here.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ErrorBanner</name>
    <message>
        <source>Copy trace id</source>
        <translation>Copy trace id</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>Trace id: %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ExtendDialog</name>
    <message>
        <source>Extend allocation</source>
        <translation>Extend allocation</translation>
    </message>
    <message numerus="yes">
        <source>Extend %n allocation(s)</source>
        <translation>
            <numerusform>Extend %n allocation</numerusform>
            <numerusform>Extend %n allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>New ends:</source>
        <translation>New ends:</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 allocations to extend.</source>
        <translation>Choose between 1 and %1 allocations to extend.</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) chosen.</source>
        <translation>
            <numerusform>%n allocation chosen.</numerusform>
            <numerusform>%n allocations chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocations could not be loaded.</source>
        <translation>The allocations could not be loaded.</translation>
    </message>
    <message>
        <source>Loading %1 failed</source>
        <translation>Loading %1 failed</translation>
    </message>
    <message>
        <source>+%1 d</source>
        <translation>+%1 d</translation>
    </message>
    <message>
        <source>⚠ not after the current end</source>
        <translation>⚠ not after the current end</translation>
    </message>
    <message>
        <source>⚠ already ended: cannot be extended</source>
        <translation>⚠ already ended: cannot be extended</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose between 1 and %1 allocations (%2 chosen).</source>
        <translation>Choose between 1 and %1 allocations (%2 chosen).</translation>
    </message>
    <message>
        <source>Between 1 and %1 days.</source>
        <translation>Between 1 and %1 days.</translation>
    </message>
    <message>
        <source>The new end must be after %1&apos;s current end (%2).</source>
        <translation>The new end must be after %1&apos;s current end (%2).</translation>
    </message>
    <message>
        <source>Extending…</source>
        <translation>Extending…</translation>
    </message>
    <message>
        <source>Extending failed</source>
        <translation>Extending failed</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::FieldErrorLabels</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ImportPreviewModel</name>
    <message>
        <source>This file is not UTF-8 text (%1). In your spreadsheet program use File &gt; Save As… with the type &quot;CSV UTF-8 (Comma delimited)&quot;, or choose UTF-8 as the encoding when you export, then choose the new file.</source>
        <translation>This file is not UTF-8 text (%1). In your spreadsheet program use File &gt; Save As… with the type &quot;CSV UTF-8 (Comma delimited)&quot;, or choose UTF-8 as the encoding when you export, then choose the new file.</translation>
    </message>
    <message>
        <source>it is UTF-16, &quot;Unicode text&quot;</source>
        <translation>it is UTF-16, &quot;Unicode text&quot;</translation>
    </message>
    <message>
        <source>nor GBK</source>
        <translation>nor GBK</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problems</translation>
    </message>
    <message>
        <source>Line %1:
%2</source>
        <translation>Line %1:
%2</translation>
    </message>
    <message>
        <source>Line %1 is valid</source>
        <translation>Line %1 is valid</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Line %1 of the file</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Required column</source>
        <translation>Required column</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::LoginDialog</name>
    <message>
        <source>Start the bundled server on this computer</source>
        <translation>Start the bundled server on this computer</translation>
    </message>
    <message>
        <source>Sign in to RemoteGPU</source>
        <translation>Sign in to RemoteGPU</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>starting the bundled server…</source>
        <translation>starting the bundled server…</translation>
    </message>
    <message>
        <source>the bundled server is not running</source>
        <translation>the bundled server is not running</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Starting the bundled server…</source>
        <translation>Starting the bundled server…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://10.0.0.5:8080.</source>
        <translation>Enter the server&apos;s address, for example http://10.0.0.5:8080.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineImportWizard</name>
    <message>
        <source>&amp;All or nothing</source>
        <translation>&amp;All or nothing</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Import the &amp;valid rows only</translation>
    </message>
    <message>
        <source>&amp;Update existing machines, add the others</source>
        <translation>&amp;Update existing machines, add the others</translation>
    </message>
    <message>
        <source>Every row must be valid: one bad row and nothing is imported.</source>
        <translation>Every row must be valid: one bad row and nothing is imported.</translation>
    </message>
    <message>
        <source>The valid rows are imported; the rows with errors are skipped and listed in the report, to fix and import again.</source>
        <translation>The valid rows are imported; the rows with errors are skipped and listed in the report, to fix and import again.</translation>
    </message>
    <message>
        <source>A row whose name or IP address matches a machine updates that machine (its GPU list is brought to gpuCount); the other rows are created. All or nothing.</source>
        <translation>A row whose name or IP address matches a machine updates that machine (its GPU list is brought to gpuCount); the other rows are created. All or nothing.</translation>
    </message>
    <message>
        <source>Import machines from CSV</source>
        <translation>Import machines from CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>One machine per row. The columns name, ipAddress, totalCpu and totalMemoryGb are required; the template lists all of them.</source>
        <translation>One machine per row. The columns name, ipAddress, totalCpu and totalMemoryGb are required; the template lists all of them.</translation>
    </message>
    <message>
        <source>Drop a .csv file here
or</source>
        <translation>Drop a .csv file here
or</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choose File…</translation>
    </message>
    <message>
        <source>&amp;Download the Template…</source>
        <translation>&amp;Download the Template…</translation>
    </message>
    <message>
        <source>A CSV file with every column and one example row, UTF-8 so that spreadsheet programs show Chinese right.</source>
        <translation>A CSV file with every column and one example row, UTF-8 so that spreadsheet programs show Chinese right.</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Choose a CSV File</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save the Template</source>
        <translation>Save the Template</translation>
    </message>
    <message>
        <source>Downloading the template…</source>
        <translation>Downloading the template…</translation>
    </message>
    <message>
        <source>Downloading the template failed</source>
        <translation>Downloading the template failed</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>the template</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>Saving %1 failed</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported.
%1</source>
        <translation>This file cannot be imported.
%1</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Every row is checked with the server&apos;s rules. Cells with a problem are marked; point at one, or select it, to read why.</source>
        <translation>Every row is checked with the server&apos;s rules. Cells with a problem are marked; point at one, or select it, to read why.</translation>
    </message>
    <message>
        <source>&amp;Only rows with errors</source>
        <translation>&amp;Only rows with errors</translation>
    </message>
    <message>
        <source>&amp;Previous Error</source>
        <translation>&amp;Previous Error</translation>
    </message>
    <message>
        <source>Select the previous cell with a problem (Shift+F8)</source>
        <translation>Select the previous cell with a problem (Shift+F8)</translation>
    </message>
    <message>
        <source>&amp;Next Error</source>
        <translation>&amp;Next Error</translation>
    </message>
    <message>
        <source>Select the next cell with a problem (F8)</source>
        <translation>Select the next cell with a problem (F8)</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Line %1, %2: %3</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid (%3 rows)</source>
        <translation>%1 valid, %2 invalid (%3 rows)</translation>
    </message>
    <message>
        <source>⚠ %1: larger than servers accept by default (16 MiB); split it</source>
        <translation>⚠ %1: larger than servers accept by default (16 MiB); split it</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>read as %1</translation>
    </message>
    <message>
        <source>checked by the server</source>
        <translation>checked by the server</translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation>Choose how to import</translation>
    </message>
    <message>
        <source>The server checks the file first without writing anything: it knows which names, addresses and tenants are already taken.</source>
        <translation>The server checks the file first without writing anything: it knows which names, addresses and tenants are already taken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The mode changed: check the file with the server again.</source>
        <translation>The mode changed: check the file with the server again.</translation>
    </message>
    <message>
        <source>&amp;Check with the Server</source>
        <translation>&amp;Check with the Server</translation>
    </message>
    <message>
        <source>No row is valid: there is nothing to import.</source>
        <translation>No row is valid: there is nothing to import.</translation>
    </message>
    <message>
        <source>All %1 rows are valid.</source>
        <translation>All %1 rows are valid.</translation>
    </message>
    <message>
        <source>%1 valid rows will be imported; the %2 rows with errors below will be skipped and listed in the report.</source>
        <translation>%1 valid rows will be imported; the %2 rows with errors below will be skipped and listed in the report.</translation>
    </message>
    <message>
        <source>⚠ %1 rows have errors (below): in this mode the server would import nothing. Fix the file, or choose &quot;Import the valid rows only&quot;.</source>
        <translation>⚠ %1 rows have errors (below): in this mode the server would import nothing. Fix the file, or choose &quot;Import the valid rows only&quot;.</translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation>The server is checking the file…</translation>
    </message>
    <message>
        <source>The server could not check the file</source>
        <translation>The server could not check the file</translation>
    </message>
    <message>
        <source>✔ The server accepts the file: it would create %1 and update %2 machines.</source>
        <translation>✔ The server accepts the file: it would create %1 and update %2 machines.</translation>
    </message>
    <message>
        <source>The server found the same problems as the console&apos;s own check; the rows are listed below.</source>
        <translation>The server found the same problems as the console&apos;s own check; the rows are listed below.</translation>
    </message>
    <message>
        <source>The server found %1 more problems, which only it can see (names, addresses or tenants taken); they are marked below.</source>
        <translation>The server found %1 more problems, which only it can see (names, addresses or tenants taken); they are marked below.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The server writes the machines in one transaction: cancelled or failed, nothing is imported.</source>
        <translation>The server writes the machines in one transaction: cancelled or failed, nothing is imported.</translation>
    </message>
    <message>
        <source>Import &amp;Again</source>
        <translation>Import &amp;Again</translation>
    </message>
    <message>
        <source>&amp;Stop Upload</source>
        <translation>&amp;Stop Upload</translation>
    </message>
    <message>
        <source>Sending %1 (%2)…</source>
        <translation>Sending %1 (%2)…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>Sent. The server is checking and writing the machines…</source>
        <translation>Sent. The server is checking and writing the machines…</translation>
    </message>
    <message>
        <source>Upload stopped. Nothing was imported: the server writes only complete files.</source>
        <translation>Upload stopped. Nothing was imported: the server writes only complete files.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>What the server did with the file.</source>
        <translation>What the server did with the file.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows as CSV…</source>
        <translation>&amp;Save Rejected Rows as CSV…</translation>
    </message>
    <message>
        <source>The rejected rows as they were, with a reason column: fix them, delete the reason column and import the file again.</source>
        <translation>The rejected rows as they were, with a reason column: fix them, delete the reason column and import the file again.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message>
        <source>✖ Nothing was imported: %1 rows have errors, and in this mode one bad row stops the import. Fix them and import the file again, or import the valid rows only.</source>
        <translation>✖ Nothing was imported: %1 rows have errors, and in this mode one bad row stops the import. Fix them and import the file again, or import the valid rows only.</translation>
    </message>
    <message>
        <source>✔ Imported %1 machines (%2 created, %3 updated).</source>
        <translation>✔ Imported %1 machines (%2 created, %3 updated).</translation>
    </message>
    <message>
        <source>%1 rows were rejected; the reasons are below.</source>
        <translation>%1 rows were rejected; the reasons are below.</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>Trace id: %1</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(row)</translation>
    </message>
    <message>
        <source>the rejected rows</source>
        <translation>the rejected rows</translation>
    </message>
    <message>
        <source>1 row saved to %1</source>
        <translation>1 row saved to %1</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>%1 rows saved to %2</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachinesView</name>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>The machine inventory will appear here: each host&apos;s status, GPUs and current tenant, with adding, editing, CSV import, allocation and reclaiming.</source>
        <translation>The machine inventory will appear here: each host&apos;s status, GPUs and current tenant, with adding, editing, CSV import, allocation and reclaiming.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MainWindow</name>
    <message>
        <source>RemoteGPU Console</source>
        <translation>RemoteGPU Console</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About RemoteGPU Console</source>
        <translation>&amp;About RemoteGPU Console</translation>
    </message>
    <message>
        <source>Server: not connected</source>
        <translation>Server: not connected</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>customer owner</source>
        <translation>customer owner</translation>
    </message>
    <message>
        <source>customer member</source>
        <translation>customer member</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>About RemoteGPU Console</source>
        <translation>About RemoteGPU Console</translation>
    </message>
    <message>
        <source>RemoteGPU Console %1

Runs a fleet of GPU machines rented whole to tenant companies.</source>
        <translation>RemoteGPU Console %1

Runs a fleet of GPU machines rented whole to tenant companies.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>● Server unreachable</source>
        <translation>● Server unreachable</translation>
    </message>
    <message>
        <source>The last request reached the server.</source>
        <translation>The last request reached the server.</translation>
    </message>
    <message>
        <source>The last request could not reach the server. The console keeps trying with each refresh.</source>
        <translation>The last request could not reach the server. The console keeps trying with each refresh.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ReclaimDialog</name>
    <message>
        <source>Reclaim allocation</source>
        <translation>Reclaim allocation</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n allocation(s)</source>
        <translation>
            <numerusform>Reclaim %n allocation</numerusform>
            <numerusform>Reclaim %n allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends %1 now; the tenant loses the machine at once. The reason goes into the audit log.</source>
        <translation>Ends %1 now; the tenant loses the machine at once. The reason goes into the audit log.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason (required), e.g. &quot;contract ended early&quot;</source>
        <translation>Reason (required), e.g. &quot;contract ended early&quot;</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>Reclaim</translation>
    </message>
    <message>
        <source>Say why the allocation ends early.</source>
        <translation>Say why the allocation ends early.</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation>At most %1 characters (%2 now).</translation>
    </message>
    <message>
        <source>Reclaiming…</source>
        <translation>Reclaiming…</translation>
    </message>
    <message>
        <source>Reclaiming %1 failed</source>
        <translation>Reclaiming %1 failed</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System settings will appear here.</source>
        <translation>System settings will appear here.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TimelineWidget</name>
    <message>
        <source>Loading the timeline failed</source>
        <translation>Loading the timeline failed</translation>
    </message>
    <message>
        <source>Zoom: %1 px a day</source>
        <translation>Zoom: %1 px a day</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>in maintenance: not free</source>
        <translation>in maintenance: not free</translation>
    </message>
    <message>
        <source>%1 — clash</source>
        <translation>%1 — clash</translation>
    </message>
    <message numerus="yes">
        <source>✖ +%n day(s) runs into %1</source>
        <translation>
            <numerusform>✖ +%n day runs into %1</numerusform>
            <numerusform>✖ +%n days runs into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s) → %1</source>
        <translation>
            <numerusform>+%n day → %1</numerusform>
            <numerusform>+%n days → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No machines</source>
        <translation>No machines</translation>
    </message>
    <message>
        <source>Runs into %1 (%2, %3): release here and nothing is saved.</source>
        <translation>Runs into %1 (%2, %3): release here and nothing is saved.</translation>
    </message>
    <message>
        <source>Not extended: the new end runs into %1.</source>
        <translation>Not extended: the new end runs into %1.</translation>
    </message>
    <message>
        <source>Extend allocation</source>
        <translation>Extend allocation</translation>
    </message>
    <message>
        <source>Extend %1 (%2 on %3)?</source>
        <translation>Extend %1 (%2 on %3)?</translation>
    </message>
    <message numerus="yes">
        <source>End: %1 → %2 (+%n day(s))</source>
        <translation>
            <numerusform>End: %1 → %2 (+%n day)</numerusform>
            <numerusform>End: %1 → %2 (+%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Extending %1…</source>
        <translation>Extending %1…</translation>
    </message>
    <message>
        <source>%1 now ends %2</source>
        <translation>%1 now ends %2</translation>
    </message>
    <message>
        <source>Extending %1 failed</source>
        <translation>Extending %1 failed</translation>
    </message>
    <message>
        <source>Drag the right end to extend.</source>
        <translation>Drag the right end to extend.</translation>
    </message>
</context>
</TS>
