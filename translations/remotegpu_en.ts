<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>remotegpu::ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not usable. Enter an address such as http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with HTTP %3 %4 and no RemoteGPU envelope. Check that this address is a RemoteGPU server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with something that is not a RemoteGPU envelope (%3). Check that this address is a RemoteGPU server of a matching version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: connection refused. Check that the server is running and that the address and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s. Check that it is running and not overloaded, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering. It may have stopped or restarted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a secure connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::CommandLine</name>
    <message>
        <source>Connect to the RemoteGPU server at &lt;url&gt;, e.g. http://10.0.0.5:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled remotegpu-server on a free local port and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the main window without signing in, and quit once it is shown. For automated checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteGPU Console: the operators&apos; desktop console for a RemoteGPU fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address such as http://10.0.0.5:8080, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --local exclude each other: --local starts its own server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::LocalServer</name>
    <message>
        <source>The bundled server was not found at %1. Build the remotegpu-server target, or install remotegpu-server next to remotegpu-console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled server stopped before it was ready (%1). Its last message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled server stopped while the console was using it (%1). Its last message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled server at %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled server did not report that it was listening within %1 s, so it was stopped. Its last message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it wrote nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::Session</name>
    <message>
        <source>The server&apos;s sign-in answer has no access token. Check that the console and the server are the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in is saved for %1. Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be read from the system keychain (%1). Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-in to renew. Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because the system keychain refused access (%1). You will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because no system keychain is available (%1). You will have to sign in again next time. To be remembered, run a Secret Service keychain such as GNOME Keyring or KWallet in your desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AlertsView</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and past alerts will appear here, with acknowledging and resolving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocationsView</name>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation records will appear here, with extending and early reclaiming.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditView</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of sensitive operations will appear here: who did what to which target, when, from where, and with what result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant companies and their members will appear here, with details, enabling and disabling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet totals, the GPU utilisation trend, recent allocations and active alerts will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::LoginDialog</name>
    <message>
        <source>Start the bundled server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to RemoteGPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the bundled server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled server is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the bundled server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://10.0.0.5:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachinesView</name>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine inventory will appear here: each host&apos;s status, GPUs and current tenant, with adding, editing, CSV import, allocation and reclaiming.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MainWindow</name>
    <message>
        <source>RemoteGPU Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RemoteGPU Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RemoteGPU Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoteGPU Console %1

Runs a fleet of GPU machines rented whole to tenant companies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
