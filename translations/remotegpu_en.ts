<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>%1, GPU %2</source>
        <translation>%1, GPU %2</translation>
    </message>
</context>
<context>
    <name>MachineStatus</name>
    <message>
        <source>in %n min</source>
        <translation>in %n min</translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation>%n min ago</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
</context>
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
    <name>remotegpu::LiveFeed</name>
    <message>
        <source>the live feed was interrupted</source>
        <translation>the live feed was interrupted</translation>
    </message>
    <message>
        <source>the server&apos;s event stream was interrupted</source>
        <translation>the server&apos;s event stream was interrupted</translation>
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
    <name>remotegpu::ui::AlertRuleDialog</name>
    <message>
        <source>CPU usage</source>
        <translation>CPU usage</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>Memory usage</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Disk usage</translation>
    </message>
    <message>
        <source>CPU load (1 min)</source>
        <translation>CPU load (1 min)</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU utilization</translation>
    </message>
    <message>
        <source>GPU memory usage</source>
        <translation>GPU memory usage</translation>
    </message>
    <message>
        <source>GPU temperature</source>
        <translation>GPU temperature</translation>
    </message>
    <message>
        <source>GPU power draw</source>
        <translation>GPU power draw</translation>
    </message>
    <message>
        <source>Host offline</source>
        <translation>Host offline</translation>
    </message>
    <message>
        <source>GPU health</source>
        <translation>GPU health</translation>
    </message>
    <message>
        <source>Host flapping</source>
        <translation>Host flapping</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>New alert rule</translation>
    </message>
    <message>
        <source>Edit alert rule</source>
        <translation>Edit alert rule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the condition must hold, without a gap in the data, before the alert fires</source>
        <translation>How long the condition must hold, without a gap in the data, before the alert fires</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>All machines</translation>
    </message>
    <message>
        <source>A tenant&apos;s machines</source>
        <translation>A tenant&apos;s machines</translation>
    </message>
    <message>
        <source>One machine</source>
        <translation>One machine</translation>
    </message>
    <message>
        <source>All my machines</source>
        <translation>All my machines</translation>
    </message>
    <message>
        <source>One of my machines</source>
        <translation>One of my machines</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Watches</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A built-in rule: only its threshold, duration, severity and whether it is enabled can change.</source>
        <translation>A built-in rule: only its threshold, duration, severity and whether it is enabled can change.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AlertsView</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>All machines</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Machine: %1</translation>
    </message>
    <message>
        <source>Alerts on the machines by state, and the rules that raise them.</source>
        <translation>Alerts on the machines by state, and the rules that raise them.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Triggered</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value / threshold</source>
        <translation>Value / threshold</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Note on resolving (optional)</source>
        <translation>Note on resolving (optional)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading alerts failed</source>
        <translation>Loading alerts failed</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (built-in)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Watches</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <source>Loading alert rules failed</source>
        <translation>Loading alert rules failed</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Built-in rules cannot be deleted: disable them instead</source>
        <translation>Built-in rules cannot be deleted: disable them instead</translation>
    </message>
    <message>
        <source>No alerts here.</source>
        <translation>No alerts here.</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Select an alert to see its details.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>(deleted rule)</source>
        <translation>(deleted rule)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1 %2 (threshold %3)</source>
        <translation>%1 %2 (threshold %3)</translation>
    </message>
    <message>
        <source>(not allocated)</source>
        <translation>(not allocated)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1, automatically (the condition cleared)</source>
        <translation>%1, automatically (the condition cleared)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Acknowledging alert %1 failed</source>
        <translation>Acknowledging alert %1 failed</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged</source>
        <translation>Alert %1 acknowledged</translation>
    </message>
    <message>
        <source>Resolving alert %1 failed</source>
        <translation>Resolving alert %1 failed</translation>
    </message>
    <message>
        <source>Alert %1 resolved</source>
        <translation>Alert %1 resolved</translation>
    </message>
    <message>
        <source>Alert rule &apos;%1&apos; saved</source>
        <translation>Alert rule &apos;%1&apos; saved</translation>
    </message>
    <message>
        <source>Changing the alert rule failed</source>
        <translation>Changing the alert rule failed</translation>
    </message>
    <message>
        <source>Delete alert rule</source>
        <translation>Delete alert rule</translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;? Its open alerts are resolved; their history stays.</source>
        <translation>Delete the rule &apos;%1&apos;? Its open alerts are resolved; their history stays.</translation>
    </message>
    <message>
        <source>Deleting the rule &apos;%1&apos; failed</source>
        <translation>Deleting the rule &apos;%1&apos; failed</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
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
    <name>remotegpu::ui::AuditCsvExport</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Target type</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Target id</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Target name</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditDiffModel</name>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Who did what to which target, when, from where, and with what result.</source>
        <translation>Who did what to which target, when, from where, and with what result.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the trace id, to find the server&apos;s log lines of this request</source>
        <translation>Copy the trace id, to find the server&apos;s log lines of this request</translation>
    </message>
    <message>
        <source>Trace id copied</source>
        <translation>Trace id copied</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP address:</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>Trace id:</translation>
    </message>
    <message>
        <source>Exporting %v of %m</source>
        <translation>Exporting %v of %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to %1</source>
        <translation>
            <numerusform>%n audit entries exported to %1</numerusform>
            <numerusform>%n audit entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Exporting the audit trail failed</source>
        <translation>Exporting the audit trail failed</translation>
    </message>
    <message>
        <source>Loading the audit trail failed</source>
        <translation>Loading the audit trail failed</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Target type (machine, customer…)</source>
        <translation>Target type (machine, customer…)</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Target id</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Local time; entries at or after it</source>
        <translation>Local time; entries at or after it</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Local time; entries before it</source>
        <translation>Local time; entries before it</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Write every entry matching the filters to a CSV file</source>
        <translation>Write every entry matching the filters to a CSV file</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries loaded</source>
        <translation>
            <numerusform>%1 of %n entries loaded</numerusform>
            <numerusform>%1 of %n entries loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details</source>
        <translation>Select an entry to see its details</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(unknown user)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 on %2 — %3 — %4</source>
        <translation>%1 on %2 — %3 — %4</translation>
    </message>
    <message>
        <source>%1 (local), %2 UTC</source>
        <translation>%1 (local), %2 UTC</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No further detail recorded.</source>
        <translation>No further detail recorded.</translation>
    </message>
    <message>
        <source>Change (changed fields are highlighted):</source>
        <translation>Change (changed fields are highlighted):</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Only user %1</source>
        <translation>Only user %1</translation>
    </message>
    <message>
        <source>Only action %1</source>
        <translation>Only action %1</translation>
    </message>
    <message>
        <source>Only this target</source>
        <translation>Only this target</translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation>Copy trace id</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDeleteDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; owns a tenant. Deleting it ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;&lt;p&gt;The server refuses while the tenant still has members or active or pending allocations: remove those first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; owns a tenant. Deleting it ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;&lt;p&gt;The server refuses while the tenant still has members or active or pending allocations: remove those first.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleting &lt;b&gt;%1&lt;/b&gt; ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Deleting &lt;b&gt;%1&lt;/b&gt; ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDetailPanel</name>
    <message>
        <source>Machines held:</source>
        <translation>Machines held:</translation>
    </message>
    <message>
        <source>GPU-hours this month:</source>
        <translation>GPU-hours this month:</translation>
    </message>
    <message>
        <source>Last 7 days:</source>
        <translation>Last 7 days:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation>Storage used:</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation>&amp;Machines</translation>
    </message>
    <message>
        <source>Allocation &amp;history</source>
        <translation>Allocation &amp;history</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>Select a customer to see its usage, machines, allocations and team.</source>
        <translation>Select a customer to see its usage, machines, allocations and team.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Owner of a tenant</source>
        <translation>Owner of a tenant</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member of tenant %1</source>
        <translation>Member of tenant %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>disabled: cannot sign in</source>
        <translation>disabled: cannot sign in</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source> (whole tenant)</source>
        <translation> (whole tenant)</translation>
    </message>
    <message>
        <source>%1 running, %2 queued, %3 failed, %4 in all</source>
        <translation>%1 running, %2 queued, %3 failed, %4 in all</translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation>no tenant</translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation>nothing allocated</translation>
    </message>
    <message>
        <source>%1 GPU-hours held, %2 busy (busy share %3)</source>
        <translation>%1 GPU-hours held, %2 busy (busy share %3)</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>e.g. acme or acme.bob</source>
        <translation>e.g. acme or acme.bob</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Owner (a new tenant)</source>
        <translation>Owner (a new tenant)</translation>
    </message>
    <message>
        <source>Member of a tenant</source>
        <translation>Member of a tenant</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>Choose the owner</translation>
    </message>
    <message>
        <source>&amp;Generate one and show it once</source>
        <translation>&amp;Generate one and show it once</translation>
    </message>
    <message>
        <source>&amp;Set it:</source>
        <translation>&amp;Set it:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Account type:</source>
        <translation>&amp;Account type:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the owner whose tenant the member joins</source>
        <translation>Choose the owner whose tenant the member joins</translation>
    </message>
    <message>
        <source>Type the password, or let the server generate one</source>
        <translation>Type the password, or let the server generate one</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>Saving %1 failed</translation>
    </message>
    <message>
        <source>Creating %1 failed</source>
        <translation>Creating %1 failed</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>The server generated this password. It is shown only now: pass it on to %1, who should change it after signing in.</source>
        <translation>The server generated this password. It is shown only now: pass it on to %1, who should change it after signing in.</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copy password</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Tenant owners and their team members: create accounts, disable or enable their access, and see what each tenant uses.</source>
        <translation>Tenant owners and their team members: create accounts, disable or enable their access, and see what each tenant uses.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Company / name</source>
        <translation>Company / name</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Cannot sign in until enabled again</source>
        <translation>Cannot sign in until enabled again</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Loading customers failed</source>
        <translation>Loading customers failed</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>Search user name, e-mail, company… (Ctrl+F)</source>
        <translation>Search user name, e-mail, company… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Owners</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Create an owner account or a team member (Ctrl+N)</source>
        <translation>Create an owner account or a team member (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected account (Enter)</source>
        <translation>Edit the selected account (Enter)</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Disable or enable the selected account&apos;s access</source>
        <translation>Disable or enable the selected account&apos;s access</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the selected account (Del)</source>
        <translation>Delete the selected account (Del)</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again. Machines and data are unchanged.</source>
        <translation>%1 will be able to sign in again. Machines and data are unchanged.</translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Its tenant&apos;s machines, allocations and members stay as they are.</source>
        <translation>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Its tenant&apos;s machines, allocations and members stay as they are.</translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Nothing else changes.</source>
        <translation>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Nothing else changes.</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>Enable %1?</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enabling %1 failed</source>
        <translation>Enabling %1 failed</translation>
    </message>
    <message>
        <source>Disabling %1 failed</source>
        <translation>Disabling %1 failed</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>Enabled %1</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>Disabled %1</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Deleting %1 failed</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>reclaimed</source>
        <translation>reclaimed</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in its section</source>
        <translation>Double-click or press Enter to open it in its section</translation>
    </message>
    <message>
        <source>The fleet at a glance. Click a figure to open the machines, allocations or alerts behind it.</source>
        <translation>The fleet at a glance. Click a figure to open the machines, allocations or alerts behind it.</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Not loaded yet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the figures again now (F5)</source>
        <translation>Load the figures again now (F5)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recent &amp;allocations</source>
        <translation>Recent &amp;allocations</translation>
    </message>
    <message>
        <source>Active a&amp;lerts</source>
        <translation>Active a&amp;lerts</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>by status</source>
        <translation>by status</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in maintenance</translation>
    </message>
    <message>
        <source>Rented machines</source>
        <translation>Rented machines</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>allocated</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>expiring</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>GPUs allocated</source>
        <translation>GPUs allocated</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>Active allocations</source>
        <translation>Active allocations</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Active alerts</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Refreshing the dashboard failed</source>
        <translation>Refreshing the dashboard failed</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>allocations running now</source>
        <translation>allocations running now</translation>
    </message>
    <message>
        <source>ending within a day</source>
        <translation>ending within a day</translation>
    </message>
    <message>
        <source>ending within %1 days</source>
        <translation>ending within %1 days</translation>
    </message>
    <message>
        <source>need attention</source>
        <translation>need attention</translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>all clear</translation>
    </message>
    <message>
        <source>%1 renting machines</source>
        <translation>%1 renting machines</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <source>Loading the GPU utilisation trend failed</source>
        <translation>Loading the GPU utilisation trend failed</translation>
    </message>
    <message>
        <source>Loading the recent allocations failed</source>
        <translation>Loading the recent allocations failed</translation>
    </message>
    <message>
        <source>Loading the active alerts failed</source>
        <translation>Loading the active alerts failed</translation>
    </message>
    <message>
        <source>Last updated %1 — showing the last figures loaded</source>
        <translation>Last updated %1 — showing the last figures loaded</translation>
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
    <name>remotegpu::ui::GpuTrendChart</name>
    <message>
        <source>Fleet GPU utilisation</source>
        <translation>Fleet GPU utilisation</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>The last hour</source>
        <translation>The last hour</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>The last 6 hours</source>
        <translation>The last 6 hours</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>The last 24 hours</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>The last 7 days</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop refreshing the chart every 30 seconds</source>
        <translation>Stop refreshing the chart every 30 seconds</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Refresh the chart every 30 seconds again</source>
        <translation>Refresh the chart every 30 seconds again</translation>
    </message>
    <message>
        <source>Average GPU utilisation</source>
        <translation>Average GPU utilisation</translation>
    </message>
    <message>
        <source>No GPU reported in this period</source>
        <translation>No GPU reported in this period</translation>
    </message>
    <message>
        <source>now %1 %, mean %2 %</source>
        <translation>now %1 %, mean %2 %</translation>
    </message>
    <message>
        <source>%1 %  average utilisation
%2 GPUs reporting
%3 (local time)</source>
        <translation>%1 %  average utilisation
%2 GPUs reporting
%3 (local time)</translation>
    </message>
    <message>
        <source>live %1 %</source>
        <translation>live %1 %</translation>
    </message>
    <message>
        <source>%1 %  average utilisation (live)
%2 (local time)</source>
        <translation>%1 %  average utilisation (live)
%2 (local time)</translation>
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
    <name>remotegpu::ui::MachineDetailPanel</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memory used</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation>&amp;Allocations</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>&amp;Processes</translation>
    </message>
    <message>
        <source>Select a machine to see its GPUs, allocation and readings.</source>
        <translation>Select a machine to see its GPUs, allocation and readings.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Loading machine %1 failed</source>
        <translation>Loading machine %1 failed</translation>
    </message>
    <message>
        <source>Loading the allocations of %1 failed</source>
        <translation>Loading the allocations of %1 failed</translation>
    </message>
    <message>
        <source>&amp;Allocations (%1)</source>
        <translation>&amp;Allocations (%1)</translation>
    </message>
    <message>
        <source>Process reports are shown for rented machines only: this machine is free.</source>
        <translation>Process reports are shown for rented machines only: this machine is free.</translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation>No history: %1</translation>
    </message>
    <message>
        <source>No process report: %1</source>
        <translation>No process report: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>%1 (public %2)</source>
        <translation>%1 (public %2)</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>%1 cores · %2 GB memory · %3 GB disk</source>
        <translation>%1 cores · %2 GB memory · %3 GB disk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Last heartbeat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Rented to</source>
        <translation>Rented to</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free&lt;/b&gt;: not rented now.</source>
        <translation>&lt;b&gt;Free&lt;/b&gt;: not rented now.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overview (%n GPU(s))</source>
        <translation>
            <numerusform>&amp;Overview (%n GPU)</numerusform>
            <numerusform>&amp;Overview (%n GPUs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>Status history unavailable: %1</source>
        <translation>Status history unavailable: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status history&lt;/b&gt;: no change recorded.</source>
        <translation>&lt;b&gt;Status history&lt;/b&gt;: no change recorded.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>XID %1</source>
        <translation>XID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n uncorrectable ECC error(s)</source>
        <translation>
            <numerusform>%n uncorrectable ECC error</numerusform>
            <numerusform>%n uncorrectable ECC errors</numerusform>
        </translation>
    </message>
    <message>
        <source>row remap failed</source>
        <translation>row remap failed</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>unhealthy</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>healthy</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Server resolution: %1</source>
        <translation>Server resolution: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped heartbeats</source>
        <translation>Dropped heartbeats</translation>
    </message>
    <message>
        <source>Offline because</source>
        <translation>Offline because</translation>
    </message>
    <message>
        <source>Flapping since</source>
        <translation>Flapping since</translation>
    </message>
    <message>
        <source>Unhealthy GPUs</source>
        <translation>Unhealthy GPUs</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineEditDialog</name>
    <message>
        <source>Add machine</source>
        <translation>Add machine</translation>
    </message>
    <message>
        <source>Edit machine %1</source>
        <translation>Edit machine %1</translation>
    </message>
    <message>
        <source>Identity and access</source>
        <translation>Identity and access</translation>
    </message>
    <message>
        <source>System and capacity</source>
        <translation>System and capacity</translation>
    </message>
    <message>
        <source>generated (node-…) when left empty</source>
        <translation>generated (node-…) when left empty</translation>
    </message>
    <message>
        <source>e.g. BJ-GPU-07</source>
        <translation>e.g. BJ-GPU-07</translation>
    </message>
    <message>
        <source>e.g. gpu07.dc1</source>
        <translation>e.g. gpu07.dc1</translation>
    </message>
    <message>
        <source>internal address, e.g. 10.0.0.5</source>
        <translation>internal address, e.g. 10.0.0.5</translation>
    </message>
    <message>
        <source>address customers connect to (optional)</source>
        <translation>address customers connect to (optional)</translation>
    </message>
    <message>
        <source>e.g. gpu07.example.com</source>
        <translation>e.g. gpu07.example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>e.g. beijing</source>
        <translation>e.g. beijing</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Host name:</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP address:</translation>
    </message>
    <message>
        <source>&amp;Public IP:</source>
        <translation>&amp;Public IP:</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH &amp;host:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH &amp;port:</translation>
    </message>
    <message>
        <source>&amp;WinRM port:</source>
        <translation>&amp;WinRM port:</translation>
    </message>
    <message>
        <source>&amp;Agent port:</source>
        <translation>&amp;Agent port:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>e.g. Ubuntu 22.04</source>
        <translation>e.g. Ubuntu 22.04</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> cores</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>comma-separated, e.g. nvlink, ib</source>
        <translation>comma-separated, e.g. nvlink, ib</translation>
    </message>
    <message>
        <source>key=value, comma-separated</source>
        <translation>key=value, comma-separated</translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation>&amp;OS:</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>OS &amp;version:</translation>
    </message>
    <message>
        <source>A&amp;rchitecture:</source>
        <translation>A&amp;rchitecture:</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Deployment:</translation>
    </message>
    <message>
        <source>&amp;Kubernetes node:</source>
        <translation>&amp;Kubernetes node:</translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation>&amp;CPU:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memory:</translation>
    </message>
    <message>
        <source>Dis&amp;k:</source>
        <translation>Dis&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Memory (MiB)</translation>
    </message>
    <message>
        <source>Add GPU</source>
        <translation>Add GPU</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Write labels as key=value pairs separated by commas</source>
        <translation>Write labels as key=value pairs separated by commas</translation>
    </message>
    <message>
        <source>GPU %1 needs a model name</source>
        <translation>GPU %1 needs a model name</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet:
%1</source>
        <translation>Not yet:
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>Trace id: %1</translation>
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
    <name>remotegpu::ui::MachineMonitoringCharts</name>
    <message>
        <source>Utilisation %</source>
        <translation>Utilisation %</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Memory %</translation>
    </message>
    <message>
        <source>Latest reading per GPU</source>
        <translation>Latest reading per GPU</translation>
    </message>
    <message>
        <source>GPU utilisation % (average)</source>
        <translation>GPU utilisation % (average)</translation>
    </message>
    <message>
        <source>Host memory %</source>
        <translation>Host memory %</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>GPU %1 %</source>
        <translation>GPU %1 %</translation>
    </message>
    <message>
        <source>No readings in this range (%1).</source>
        <translation>No readings in this range (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of %1 (lines: the average over the machine&apos;s GPUs, each GPU, host memory).</source>
        <translation>
            <numerusform>%n point of %1 (lines: the average over the machine&apos;s GPUs, each GPU, host memory).</numerusform>
            <numerusform>%n points of %1 (lines: the average over the machine&apos;s GPUs, each GPU, host memory).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>1-minute averages, one point per %1</source>
        <translation>1-minute averages, one point per %1</translation>
    </message>
    <message>
        <source>1-hour averages, one point per %1</source>
        <translation>1-hour averages, one point per %1</translation>
    </message>
    <message>
        <source>raw samples, one point per %1</source>
        <translation>raw samples, one point per %1</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>readings</translation>
    </message>
    <message numerus="yes">
        <source>Then %n live point(s), the last at %1.</source>
        <translation>
            <numerusform>Then %n live point, the last at %1.</numerusform>
            <numerusform>Then %n live points, the last at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineProcessList</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU memory</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>The agent sent no process report since the allocation began.</source>
        <translation>The agent sent no process report since the allocation began.</translation>
    </message>
    <message>
        <source>No GPU process was running at %1 (%2).</source>
        <translation>No GPU process was running at %1 (%2).</translation>
    </message>
    <message>
        <source>Reported %1 (%2).</source>
        <translation>Reported %1 (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachinesView</name>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, health %2</source>
        <translation>%1, health %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1
id %2
host %3</source>
        <translation>%1
id %2
host %3</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation>Public: %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation>
            <numerusform>%n GPU: %1</numerusform>
            <numerusform>%n GPUs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Not rented now</source>
        <translation>Not rented now</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>Allocation %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>Lease ends</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Every GPU host: its state, GPUs and current tenant. Select one to see its detail below.</source>
        <translation>Every GPU host: its state, GPUs and current tenant. Select one to see its detail below.</translation>
    </message>
    <message>
        <source>Loading machines failed</source>
        <translation>Loading machines failed</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Register a machine (Ctrl+N)</source>
        <translation>Register a machine (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the machine (Enter)</source>
        <translation>Edit the machine (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected machines (Delete)</source>
        <translation>Delete the selected machines (Delete)</translation>
    </message>
    <message>
        <source>Start &amp;maintenance…</source>
        <translation>Start &amp;maintenance…</translation>
    </message>
    <message>
        <source>Take the selected machines out of service</source>
        <translation>Take the selected machines out of service</translation>
    </message>
    <message>
        <source>E&amp;nd maintenance</source>
        <translation>E&amp;nd maintenance</translation>
    </message>
    <message>
        <source>Put the selected machines back in service</source>
        <translation>Put the selected machines back in service</translation>
    </message>
    <message>
        <source>A&amp;llocate…</source>
        <translation>A&amp;llocate…</translation>
    </message>
    <message>
        <source>Rent the selected free machines to a tenant</source>
        <translation>Rent the selected free machines to a tenant</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <source>Extend the leases of the selected rented machines</source>
        <translation>Extend the leases of the selected rented machines</translation>
    </message>
    <message>
        <source>&amp;Reclaim…</source>
        <translation>&amp;Reclaim…</translation>
    </message>
    <message>
        <source>End the leases of the selected rented machines now</source>
        <translation>End the leases of the selected rented machines now</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>Register many machines from a CSV file</source>
        <translation>Register many machines from a CSV file</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Load the list again (F5)</translation>
    </message>
    <message>
        <source>Search name, IP or host (Ctrl+F)</source>
        <translation>Search name, IP or host (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any allocation</source>
        <translation>Any allocation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>Rented</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Any region</translation>
    </message>
    <message>
        <source>Any GPU model</source>
        <translation>Any GPU model</translation>
    </message>
    <message>
        <source>Any tenant</source>
        <translation>Any tenant</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show every machine</source>
        <translation>Show every machine</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Tenant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) match</source>
        <translation>
            <numerusform>%n machine match</numerusform>
            <numerusform>%n machines match</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n machines…</source>
        <translation>
            <numerusform>&amp;Delete %n machines…</numerusform>
            <numerusform>&amp;Delete %n machines…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Opening machine %1 failed</source>
        <translation>Opening machine %1 failed</translation>
    </message>
    <message>
        <source>Machine %1 added</source>
        <translation>Machine %1 added</translation>
    </message>
    <message>
        <source>Machine %1 saved</source>
        <translation>Machine %1 saved</translation>
    </message>
    <message>
        <source>Delete machines</source>
        <translation>Delete machines</translation>
    </message>
    <message>
        <source>Delete machine %1?</source>
        <translation>Delete machine %1?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n machines?</source>
        <translation>
            <numerusform>Delete these %n machines?</numerusform>
            <numerusform>Delete these %n machines?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its GPUs and readings are deleted too. A machine that is or was rented cannot be deleted; set it to maintenance instead.</source>
        <translation>Its GPUs and readings are deleted too. A machine that is or was rented cannot be deleted; set it to maintenance instead.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) deleted</source>
        <translation>
            <numerusform>%n machine deleted</numerusform>
            <numerusform>%n machines deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>Deleting %1 failed</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) could not be deleted</source>
        <translation>
            <numerusform>%n machine could not be deleted</numerusform>
            <numerusform>%n machines could not be deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Start maintenance</source>
        <translation>Start maintenance</translation>
    </message>
    <message>
        <source>Take %1 out of service.
Reason (optional, kept in the audit log):</source>
        <translation>Take %1 out of service.
Reason (optional, kept in the audit log):</translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n machines</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) in maintenance</source>
        <translation>
            <numerusform>%n machine in maintenance</numerusform>
            <numerusform>%n machines in maintenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) back in service</source>
        <translation>
            <numerusform>%n machine back in service</numerusform>
            <numerusform>%n machines back in service</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing maintenance failed</source>
        <translation>Changing maintenance failed</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>%1
Offline: %2</source>
        <translation>%1
Offline: %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>flapping</source>
        <translation>flapping</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy GPU(s)</source>
        <translation>
            <numerusform>%n unhealthy GPU</numerusform>
            <numerusform>%n unhealthy GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Flapping since %1</source>
        <translation>Flapping since %1</translation>
    </message>
    <message numerus="yes">
        <source>%n heartbeat(s) dropped by the agent&apos;s buffer</source>
        <translation>
            <numerusform>%n heartbeat dropped by the agent&apos;s buffer</numerusform>
            <numerusform>%n heartbeats dropped by the agent&apos;s buffer</numerusform>
        </translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>no agent</translation>
    </message>
    <message>
        <source>No agent has reported from this machine yet.</source>
        <translation>No agent has reported from this machine yet.</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU load</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No current figures: the machine is offline.</source>
        <translation>No current figures: the machine is offline.</translation>
    </message>
    <message>
        <source>No figures yet: no agent has reported.</source>
        <translation>No figures yet: no agent has reported.</translation>
    </message>
    <message>
        <source>%1 % busy</source>
        <translation>%1 % busy</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Mean of the GPUs at %1: %2</source>
        <translation>Mean of the GPUs at %1: %2</translation>
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
    <message>
        <source>⚠ Sign-in not remembered</source>
        <translation>⚠ Sign-in not remembered</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Metrics, machine status changes and alerts arrive as they happen.</source>
        <translation>Metrics, machine status changes and alerts arrive as they happen.</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <source>Opening the live feed.</source>
        <translation>Opening the live feed.</translation>
    </message>
    <message numerus="yes">
        <source>● Reconnecting… next try in %n s</source>
        <translation>
            <numerusform>● Reconnecting… next try in %n second</numerusform>
            <numerusform>● Reconnecting… next try in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>● Reconnecting… attempt %1</source>
        <translation>● Reconnecting… attempt %1</translation>
    </message>
    <message>
        <source>The live feed was lost; the console keeps trying. Figures on screen may be behind until it is back.</source>
        <translation>The live feed was lost; the console keeps trying. Figures on screen may be behind until it is back.</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>The live feed is not connected; views show what they last loaded.</source>
        <translation>The live feed is not connected; views show what they last loaded.</translation>
    </message>
    <message>
        <source>The server refused the live feed: %1</source>
        <translation>The server refused the live feed: %1</translation>
    </message>
    <message>
        <source>Refreshed: %1</source>
        <translation>Refreshed: %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MyMachineDetailPanel</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memory used</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>&amp;GPUs</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>&amp;Processes</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>No readings: %1</source>
        <translation>No readings: %1</translation>
    </message>
    <message>
        <source>Loading the readings of %1 failed</source>
        <translation>Loading the readings of %1 failed</translation>
    </message>
    <message>
        <source>&amp;Processes (%1)</source>
        <translation>&amp;Processes (%1)</translation>
    </message>
    <message>
        <source>No process report: %1</source>
        <translation>No process report: %1</translation>
    </message>
    <message>
        <source>Loading the tasks of %1 failed</source>
        <translation>Loading the tasks of %1 failed</translation>
    </message>
    <message>
        <source>%1 MiB (%2)</source>
        <translation>%1 MiB (%2)</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>&amp;GPUs (%1)</source>
        <translation>&amp;GPUs (%1)</translation>
    </message>
    <message>
        <source>&amp;Tasks (%1)</source>
        <translation>&amp;Tasks (%1)</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MyMachinesView</name>
    <message>
        <source>My machines</source>
        <translation>My machines</translation>
    </message>
    <message>
        <source>The machines your team holds now, how busy their GPUs are, and how to connect to them.</source>
        <translation>The machines your team holds now, how busy their GPUs are, and how to connect to them.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Allocation ends</source>
        <translation>Allocation ends</translation>
    </message>
    <message>
        <source>%1 (expiring)</source>
        <translation>%1 (expiring)</translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation>GPU load</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>Copy SSH command</translation>
    </message>
    <message>
        <source>SSH command copied</source>
        <translation>SSH command copied</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your machines failed</source>
        <translation>Loading your machines failed</translation>
    </message>
    <message>
        <source>Select a machine to see how to connect to it.</source>
        <translation>Select a machine to see how to connect to it.</translation>
    </message>
    <message>
        <source>%1 — %2 CPU cores, %3 GB memory, %4 %5. Allocation %6 from %7 to %8.</source>
        <translation>%1 — %2 CPU cores, %3 GB memory, %4 %5. Allocation %6 from %7 to %8.</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Reminders and alerts about your machines and tasks, newest first. Unread ones are in bold.</source>
        <translation>Reminders and alerts about your machines and tasks, newest first. Unread ones are in bold.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Mark read</translation>
    </message>
    <message>
        <source>Mark the selected notification read (Enter)</source>
        <translation>Mark the selected notification read (Enter)</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your notifications failed</source>
        <translation>Loading your notifications failed</translation>
    </message>
    <message>
        <source>Marking the notification read failed</source>
        <translation>Marking the notification read failed</translation>
    </message>
    <message>
        <source>Marking all notifications read failed</source>
        <translation>Marking all notifications read failed</translation>
    </message>
    <message>
        <source>All notifications marked read</source>
        <translation>All notifications marked read</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ProfileView</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Your own account: how your name is shown, how to reach you, and which notifications you receive.</source>
        <translation>Your own account: how your name is shown, how to reach you, and which notifications you receive.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Avatar URL</source>
        <translation>Avatar URL</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Also send notifications by email</source>
        <translation>Also send notifications by email</translation>
    </message>
    <message>
        <source>Remind me before an allocation ends</source>
        <translation>Remind me before an allocation ends</translation>
    </message>
    <message>
        <source>Alerts on my team&apos;s machines</source>
        <translation>Alerts on my team&apos;s machines</translation>
    </message>
    <message>
        <source>When a task starts, finishes or fails</source>
        <translation>When a task starts, finishes or fails</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Loading your profile failed</source>
        <translation>Loading your profile failed</translation>
    </message>
    <message>
        <source>Loading your notification settings failed</source>
        <translation>Loading your notification settings failed</translation>
    </message>
    <message>
        <source>Only the account owner changes the company.</source>
        <translation>Only the account owner changes the company.</translation>
    </message>
    <message>
        <source>Saving your profile failed</source>
        <translation>Saving your profile failed</translation>
    </message>
    <message>
        <source>Saving your notification settings failed</source>
        <translation>Saving your notification settings failed</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>Profile saved</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Platform-wide settings: sign-in limits, token lifetimes, allocation reminders and agent reporting. Changes apply as soon as they are saved.</source>
        <translation>Platform-wide settings: sign-in limits, token lifetimes, allocation reminders and agent reporting. Changes apply as soon as they are saved.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Put back the values the server holds</source>
        <translation>Put back the values the server holds</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changed settings (Ctrl+S)</source>
        <translation>Save the changed settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation>Sign-in and security</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <source>Machines and monitoring</source>
        <translation>Machines and monitoring</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Save or revert your changes before reloading the settings</source>
        <translation>Save or revert your changes before reloading the settings</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Loading the settings failed</source>
        <translation>Loading the settings failed</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation>Enter a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2)</source>
        <translation>Not valid JSON: %1 (at character %2)</translation>
    </message>
    <message>
        <source>Must be a JSON object {…} or array […]</source>
        <translation>Must be a JSON object {…} or array […]</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) to correct before saving</source>
        <translation>
            <numerusform>%n setting to correct before saving</numerusform>
            <numerusform>%n settings to correct before saving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>No unsaved changes</translation>
    </message>
    <message>
        <source>Saving the settings failed</source>
        <translation>Saving the settings failed</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SshKeysView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation>SSH keys</translation>
    </message>
    <message>
        <source>The public keys that let you sign in to your machines. Paste a key or choose its .pub file; the private key never leaves your computer.</source>
        <translation>The public keys that let you sign in to your machines. Paste a key or choose its .pub file; the private key never leaves your computer.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Add a key</translation>
    </message>
    <message>
        <source>Optional; the key&apos;s comment when left empty</source>
        <translation>Optional; the key&apos;s comment when left empty</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop</source>
        <translation>ssh-ed25519 AAAA… you@laptop</translation>
    </message>
    <message>
        <source>Choose .pub file…</source>
        <translation>Choose .pub file…</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Public key:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Add key</translation>
    </message>
    <message>
        <source>Loading your SSH keys failed</source>
        <translation>Loading your SSH keys failed</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1  (%2, %3 bits)</source>
        <translation>%1  (%2, %3 bits)</translation>
    </message>
    <message>
        <source>Choose a public key</source>
        <translation>Choose a public key</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>⚠ Cannot read %1</source>
        <translation>⚠ Cannot read %1</translation>
    </message>
    <message>
        <source>Adding the SSH key failed</source>
        <translation>Adding the SSH key failed</translation>
    </message>
    <message>
        <source>SSH key %1 added</source>
        <translation>SSH key %1 added</translation>
    </message>
    <message>
        <source>Delete SSH key</source>
        <translation>Delete SSH key</translation>
    </message>
    <message>
        <source>Delete the key “%1” (%2)? You will no longer be able to sign in to your machines with it.</source>
        <translation>Delete the key “%1” (%2)? You will no longer be able to sign in to your machines with it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleting the SSH key failed</source>
        <translation>Deleting the SSH key failed</translation>
    </message>
    <message>
        <source>SSH key %1 deleted</source>
        <translation>SSH key %1 deleted</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::StatCard</name>
    <message>
        <source>These figures are from the last successful refresh.</source>
        <translation>These figures are from the last successful refresh.</translation>
    </message>
    <message>
        <source>Show the %1 ones</source>
        <translation>Show the %1 ones</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TeamView</name>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Your company&apos;s teams and who is in them. The account owner adds and removes members.</source>
        <translation>Your company&apos;s teams and who is in them. The account owner adds and removes members.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>New team&apos;s name</source>
        <translation>New team&apos;s name</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Create team</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Account to add</source>
        <translation>Account to add</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Remove member…</source>
        <translation>Remove member…</translation>
    </message>
    <message>
        <source>Loading your teams failed</source>
        <translation>Loading your teams failed</translation>
    </message>
    <message>
        <source>Creating team %1 failed</source>
        <translation>Creating team %1 failed</translation>
    </message>
    <message>
        <source>Team %1 created</source>
        <translation>Team %1 created</translation>
    </message>
    <message>
        <source>Loading your company&apos;s accounts failed</source>
        <translation>Loading your company&apos;s accounts failed</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>No team yet. The owner can create one on the left.</source>
        <translation>No team yet. The owner can create one on the left.</translation>
    </message>
    <message>
        <source>Select a team to see its members.</source>
        <translation>Select a team to see its members.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>Loading the members of %1 failed</source>
        <translation>Loading the members of %1 failed</translation>
    </message>
    <message>
        <source>Only the account owner changes teams.</source>
        <translation>Only the account owner changes teams.</translation>
    </message>
    <message>
        <source>A team&apos;s owner cannot be removed from it.</source>
        <translation>A team&apos;s owner cannot be removed from it.</translation>
    </message>
    <message>
        <source>Adding %1 failed</source>
        <translation>Adding %1 failed</translation>
    </message>
    <message>
        <source>%1 added to the team</source>
        <translation>%1 added to the team</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Remove %1?</translation>
    </message>
    <message>
        <source>%1 leaves this team at once. The account itself and its tasks stay as they are.</source>
        <translation>%1 leaves this team at once. The account itself and its tasks stay as they are.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>Removing %1 failed</translation>
    </message>
    <message>
        <source>%1 removed from the team</source>
        <translation>%1 removed from the team</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TenantUsageModel</name>
    <message>
        <source>%1 — low</source>
        <translation>%1 — low</translation>
    </message>
    <message>
        <source>Busy in less than %1 % of the reported GPU-hours it held: worth a word before renewing, or a candidate for reclaiming</source>
        <translation>Busy in less than %1 % of the reported GPU-hours it held: worth a word before renewing, or a candidate for reclaiming</translation>
    </message>
    <message>
        <source>No agent reported while this tenant held its machines</source>
        <translation>No agent reported while this tenant held its machines</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Machines now</source>
        <translation>Machines now</translation>
    </message>
    <message>
        <source>Held GPU-h</source>
        <translation>Held GPU-h</translation>
    </message>
    <message>
        <source>Busy GPU-h</source>
        <translation>Busy GPU-h</translation>
    </message>
    <message>
        <source>Unreported GPU-h</source>
        <translation>Unreported GPU-h</translation>
    </message>
    <message>
        <source>Busy share</source>
        <translation>Busy share</translation>
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
<context>
    <name>remotegpu::ui::UsageBlock</name>
    <message>
        <source>—</source>
        <comment>no ratio: nothing was reported</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Allocated vs used</source>
        <translation>Allocated vs used</translation>
    </message>
    <message>
        <source>Busy share of the reported GPU-hours</source>
        <translation>Busy share of the reported GPU-hours</translation>
    </message>
    <message>
        <source>Busy GPU-hours / (held − unreported GPU-hours): the share of the time the agents reported in which the GPUs were busy</source>
        <translation>Busy GPU-hours / (held − unreported GPU-hours): the share of the time the agents reported in which the GPUs were busy</translation>
    </message>
    <message>
        <source>Held GPU-hours no agent reported: unknown, not idle, so they are left out of the ratio</source>
        <translation>Held GPU-hours no agent reported: unknown, not idle, so they are left out of the ratio</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Busy share</source>
        <translation>Busy share</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <source>Busy:</source>
        <translation>Busy:</translation>
    </message>
    <message>
        <source>Unreported:</source>
        <translation>Unreported:</translation>
    </message>
    <message>
        <source>Busy share:</source>
        <translation>Busy share:</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>The period has not begun yet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU-hours</translation>
    </message>
    <message>
        <source>%1 GPU-hours (above %2 % utilisation)</source>
        <translation>%1 GPU-hours (above %2 % utilisation)</translation>
    </message>
    <message>
        <source>Nothing was allocated in this period.</source>
        <translation>Nothing was allocated in this period.</translation>
    </message>
    <message>
        <source>No agent reported during the allocations of this period.</source>
        <translation>No agent reported during the allocations of this period.</translation>
    </message>
    <message>
        <source>%1 · %2 % reported</source>
        <comment>busy share, then the share of held GPU-hours agents reported</comment>
        <translation>%1 · %2 % reported</translation>
    </message>
    <message>
        <source>Agents reported %1 % of the held GPU-hours; the busy share is of those only. The rest is unknown, neither busy nor idle.</source>
        <translation>Agents reported %1 % of the held GPU-hours; the busy share is of those only. The rest is unknown, neither busy nor idle.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Unreported</source>
        <translation>Unreported</translation>
    </message>
    <message>
        <source>GPU-hours held</source>
        <translation>GPU-hours held</translation>
    </message>
    <message>
        <source>GPU-hours busy (above the busy threshold)</source>
        <translation>GPU-hours busy (above the busy threshold)</translation>
    </message>
    <message>
        <source>GPU-hours no agent reported</source>
        <translation>GPU-hours no agent reported</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n GPU(s))</source>
        <translation>
            <numerusform>%1 (%n GPU)</numerusform>
            <numerusform>%1 (%n GPUs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::UsagePeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::UtilisationView</name>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>GPU-hours each tenant held against those its GPUs were busy; the lowest share first.</source>
        <translation>GPU-hours each tenant held against those its GPUs were busy; the lowest share first.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export utilisation</source>
        <translation>Export utilisation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>The period has not begun yet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fleet: %1 GPU-hours held, %2 busy (above %3 % utilisation), %4 unreported; busy share %5. %n tenant(s) under 30 %.</source>
        <translation>
            <numerusform>Fleet: %1 GPU-hours held, %2 busy (above %3 % utilisation), %4 unreported; busy share %5. %n tenant under 30 %.</numerusform>
            <numerusform>Fleet: %1 GPU-hours held, %2 busy (above %3 % utilisation), %4 unreported; busy share %5. %n tenants under 30 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation exported to %1</source>
        <translation>Utilisation exported to %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookAttemptTableModel</name>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookDialog</name>
    <message>
        <source>An alert fires</source>
        <translation>An alert fires</translation>
    </message>
    <message>
        <source>An alert is resolved</source>
        <translation>An alert is resolved</translation>
    </message>
    <message>
        <source>A machine is allocated</source>
        <translation>A machine is allocated</translation>
    </message>
    <message>
        <source>An allocation is about to end</source>
        <translation>An allocation is about to end</translation>
    </message>
    <message>
        <source>An allocation has ended</source>
        <translation>An allocation has ended</translation>
    </message>
    <message>
        <source>A machine is reclaimed</source>
        <translation>A machine is reclaimed</translation>
    </message>
    <message>
        <source>A machine goes offline</source>
        <translation>A machine goes offline</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Edit webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>New webhook</translation>
    </message>
    <message>
        <source>Ops chat, ticket system…</source>
        <translation>Ops chat, ticket system…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>https://example.com/hooks/remotegpu</source>
        <translation>https://example.com/hooks/remotegpu</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <source>Send deliveries to this URL</source>
        <translation>Send deliveries to this URL</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Enabled:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookSecretDialog</name>
    <message>
        <source>Signing secret of %1</source>
        <translation>Signing secret of %1</translation>
    </message>
    <message>
        <source>Every delivery is signed with this secret (header webhook-signature). Copy it into the receiving system now: it is not shown again. If it is lost, rotate the secret.</source>
        <translation>Every delivery is signed with this secret (header webhook-signature). Copy it into the receiving system now: it is not shown again. If it is lost, rotate the secret.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhookTableModel</name>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Failed deliveries</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Last delivery</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WebhooksView</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>URLs that receive fleet events — alerts, allocations, machines going offline — as signed HTTP POSTs, retried until they are accepted.</source>
        <translation>URLs that receive fleet events — alerts, allocations, machines going offline — as signed HTTP POSTs, retried until they are accepted.</translation>
    </message>
    <message>
        <source>&amp;New webhook…</source>
        <translation>&amp;New webhook…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Send &amp;test</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Rotate secret…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Only your tenant&apos;s owner can change webhooks.</source>
        <translation>Only your tenant&apos;s owner can change webhooks.</translation>
    </message>
    <message>
        <source>Deliveries: select a webhook</source>
        <translation>Deliveries: select a webhook</translation>
    </message>
    <message>
        <source>Refresh log</source>
        <translation>Refresh log</translation>
    </message>
    <message>
        <source>Loading the webhooks failed</source>
        <translation>Loading the webhooks failed</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>Deliveries to %1</translation>
    </message>
    <message>
        <source>Webhook %1 created</source>
        <translation>Webhook %1 created</translation>
    </message>
    <message>
        <source>Webhook %1 saved</source>
        <translation>Webhook %1 saved</translation>
    </message>
    <message>
        <source>Changing the webhook failed</source>
        <translation>Changing the webhook failed</translation>
    </message>
    <message>
        <source>Webhook %1 enabled</source>
        <translation>Webhook %1 enabled</translation>
    </message>
    <message>
        <source>Webhook %1 disabled</source>
        <translation>Webhook %1 disabled</translation>
    </message>
    <message>
        <source>Sending a test event failed</source>
        <translation>Sending a test event failed</translation>
    </message>
    <message>
        <source>Test event queued for %1</source>
        <translation>Test event queued for %1</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotate secret</translation>
    </message>
    <message>
        <source>Give “%1” a new signing secret? Deliveries are signed with the new one at once; the receiver must be given it.</source>
        <translation>Give “%1” a new signing secret? Deliveries are signed with the new one at once; the receiver must be given it.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Rotating the secret failed</source>
        <translation>Rotating the secret failed</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Delete webhook</translation>
    </message>
    <message>
        <source>Delete “%1”? Its delivery log goes with it.</source>
        <translation>Delete “%1”? Its delivery log goes with it.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleting the webhook failed</source>
        <translation>Deleting the webhook failed</translation>
    </message>
    <message>
        <source>Webhook %1 deleted</source>
        <translation>Webhook %1 deleted</translation>
    </message>
    <message>
        <source>Loading the delivery log failed</source>
        <translation>Loading the delivery log failed</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::WorkbenchView</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Your team&apos;s machines, GPUs and tasks at a glance. Click a card to open what it counts.</source>
        <translation>Your team&apos;s machines, GPUs and tasks at a glance. Click a card to open what it counts.</translation>
    </message>
    <message>
        <source>Recent tasks</source>
        <translation>Recent tasks</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (exit code %2)</source>
        <translation>%1 (exit code %2)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>My machines</source>
        <translation>My machines</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>GPU load (24 h)</source>
        <translation>GPU load (24 h)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>Unread notifications</translation>
    </message>
    <message>
        <source>Loading your figures failed</source>
        <translation>Loading your figures failed</translation>
    </message>
    <message>
        <source>Loading your machines&apos; summary failed</source>
        <translation>Loading your machines&apos; summary failed</translation>
    </message>
    <message>
        <source>Your team has run no task yet.</source>
        <translation>Your team has run no task yet.</translation>
    </message>
    <message>
        <source>Loading the recent tasks failed</source>
        <translation>Loading the recent tasks failed</translation>
    </message>
    <message numerus="yes">
        <source>%n active allocation(s)</source>
        <translation>
            <numerusform>%n active allocation</numerusform>
            <numerusform>%n active allocations</numerusform>
        </translation>
    </message>
    <message>
        <source>held by your team now</source>
        <translation>held by your team now</translation>
    </message>
    <message>
        <source>allocations ending soon</source>
        <translation>allocations ending soon</translation>
    </message>
    <message>
        <source>average GPU utilisation</source>
        <translation>average GPU utilisation</translation>
    </message>
    <message>
        <source>for you</source>
        <translation>for you</translation>
    </message>
    <message>
        <source>Storage used by your datasets and images: %1</source>
        <translation>Storage used by your datasets and images: %1</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
</context>
</TS>
