<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MachineStatus</name>
    <message>
        <source>in %n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n month(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not connected to a server</source>
        <translation>未连接到服务器</translation>
    </message>
</context>
<context>
    <name>remotegpu::ApiClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not usable. Enter an address such as http://127.0.0.1:8080.</source>
        <translation>服务器地址“%1”不可用。请输入类似 http://127.0.0.1:8080 的地址。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with HTTP %3 %4 and no RemoteGPU envelope. Check that this address is a RemoteGPU server.</source>
        <translation>%1 上的服务器对 %2 返回了 HTTP %3 %4，且不是 RemoteGPU 的响应格式。请确认该地址是 RemoteGPU 服务器。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 with something that is not a RemoteGPU envelope (%3). Check that this address is a RemoteGPU server of a matching version.</source>
        <translation>%1 上的服务器对 %2 的应答不是 RemoteGPU 的响应格式（%3）。请确认该地址是版本匹配的 RemoteGPU 服务器。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: connection refused. Check that the server is running and that the address and port are right.</source>
        <translation>无法连接 %1 上的服务器：连接被拒绝。请确认服务器正在运行，且地址和端口正确。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: the host name was not found. Check the address.</source>
        <translation>无法连接 %1 上的服务器：找不到该主机名。请检查地址。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s. Check that it is running and not overloaded, then try again.</source>
        <translation>%1 上的服务器在 %2 秒内没有应答。请确认它正在运行且没有过载，然后重试。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering. It may have stopped or restarted; try again.</source>
        <translation>%1 上的服务器在应答前关闭了连接。它可能已停止或正在重启，请重试。</translation>
    </message>
    <message>
        <source>Cannot open a secure connection to %1: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>无法连接 %1 上的服务器：%2</translation>
    </message>
</context>
<context>
    <name>remotegpu::CommandLine</name>
    <message>
        <source>Connect to the RemoteGPU server at &lt;url&gt;, e.g. http://10.0.0.5:8080.</source>
        <translation>连接位于 &lt;地址&gt; 的 RemoteGPU 服务器，例如 http://10.0.0.5:8080。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Start the bundled remotegpu-server on a free local port and connect to it.</source>
        <translation>在本机的空闲端口上启动内置的 remotegpu-server 并连接它。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open the main window without signing in, and quit once it is shown. For automated checks.</source>
        <translation>不登录直接打开主窗口，显示后立即退出。用于自动化检查。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>RemoteGPU Console: the operators&apos; desktop console for a RemoteGPU fleet.</source>
        <translation>RemoteGPU 控制台：供运维人员管理 RemoteGPU 机群的桌面控制台。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>无法识别的参数“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --lang; use one of: %2.</source>
        <translation>--lang 不支持语言“%1”；可选：%2。</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address such as http://10.0.0.5:8080, not &quot;%1&quot;.</source>
        <translation>--server 需要以 http:// 或 https:// 开头的地址，例如 http://10.0.0.5:8080，而不是“%1”。</translation>
    </message>
    <message>
        <source>--server and --local exclude each other: --local starts its own server.</source>
        <translation>--server 与 --local 不能同时使用：--local 会启动自己的服务器。</translation>
    </message>
</context>
<context>
    <name>remotegpu::LocalServer</name>
    <message>
        <source>The bundled server was not found at %1. Build the remotegpu-server target, or install remotegpu-server next to remotegpu-console.</source>
        <translation>在 %1 找不到内置服务器。请构建 remotegpu-server 目标，或将 remotegpu-server 安装到 remotegpu-console 所在的目录。</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>进程崩溃</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>The bundled server stopped before it was ready (%1). Its last message: %2</source>
        <translation>内置服务器在就绪前停止了（%1）。它的最后一条消息：%2</translation>
    </message>
    <message>
        <source>The bundled server stopped while the console was using it (%1). Its last message: %2</source>
        <translation>内置服务器在控制台使用期间停止了（%1）。它的最后一条消息：%2</translation>
    </message>
    <message>
        <source>The bundled server at %1 could not be started: %2</source>
        <translation>无法启动位于 %1 的内置服务器：%2</translation>
    </message>
    <message>
        <source>The bundled server did not report that it was listening within %1 s, so it was stopped. Its last message: %2</source>
        <translation>内置服务器在 %1 秒内没有报告开始监听，已将其停止。它的最后一条消息：%2</translation>
    </message>
    <message>
        <source>(it wrote nothing)</source>
        <translation>（没有任何输出）</translation>
    </message>
</context>
<context>
    <name>remotegpu::MachineImportApi</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>与服务器的连接已关闭。</translation>
    </message>
    <message>
        <source>The server answered the template download with HTTP %1 instead of the file.</source>
        <translation>服务器对模板下载请求返回了 HTTP %1，而不是文件。</translation>
    </message>
    <message>
        <source>The server&apos;s import report could not be read: %1</source>
        <translation>无法读取服务器返回的导入报告：%1</translation>
    </message>
    <message>
        <source>The server answered the import without a report.</source>
        <translation>服务器对导入请求的应答中没有报告。</translation>
    </message>
</context>
<context>
    <name>remotegpu::Session</name>
    <message>
        <source>The server&apos;s sign-in answer has no access token. Check that the console and the server are the same version.</source>
        <translation>服务器的登录应答中没有访问令牌。请确认控制台与服务器的版本一致。</translation>
    </message>
    <message>
        <source>No sign-in is saved for %1. Sign in with your user name and password.</source>
        <translation>没有保存 %1 的登录状态。请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read from the system keychain (%1). Sign in with your user name and password.</source>
        <translation>无法从系统钥匙串读取已保存的登录状态（%1）。请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>There is no sign-in to renew. Sign in with your user name and password.</source>
        <translation>没有可续期的登录状态。请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because the system keychain refused access (%1). You will have to sign in again next time.</source>
        <translation>系统钥匙串拒绝访问（%1），无法记住您的登录状态。下次启动时需要重新登录。</translation>
    </message>
    <message>
        <source>Your sign-in could not be remembered because no system keychain is available (%1). You will have to sign in again next time. To be remembered, run a Secret Service keychain such as GNOME Keyring or KWallet in your desktop session.</source>
        <translation>没有可用的系统钥匙串（%1），无法记住您的登录状态。下次启动时需要重新登录。如需记住登录状态，请在桌面会话中运行 GNOME Keyring 或 KWallet 等 Secret Service 钥匙串。</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>您尚未登录。请登录后重试。</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue where you were.</source>
        <translation>您的登录已过期。请重新登录以继续之前的操作。</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AlertsView</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Active and past alerts will appear here, with acknowledging and resolving.</source>
        <translation>这里将显示当前和历史告警，并可确认和关闭告警。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocateDialog</name>
    <message>
        <source>New allocation</source>
        <translation>新建分配</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>正在加载租户…</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Optional: what the tenant rents it for</source>
        <translation>可选：租户租用这些机器的用途</translation>
    </message>
    <message>
        <source>Filter machines…</source>
        <translation>筛选机器…</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Machines free for the whole period:</source>
        <translation>整个时段内空闲的机器(&amp;M)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Tenants could not be loaded</source>
        <translation>无法加载租户</translation>
    </message>
    <message>
        <source>Loading tenants failed</source>
        <translation>加载租户失败</translation>
    </message>
    <message>
        <source>Choose a tenant</source>
        <translation>请选择租户</translation>
    </message>
    <message>
        <source>Choose an end after the start to see the free machines.</source>
        <translation>请选择晚于开始时间的结束时间，以查看空闲机器。</translation>
    </message>
    <message>
        <source>Looking for machines free from %1 to %2…</source>
        <translation>正在查找 %1 至 %2 期间空闲的机器…</translation>
    </message>
    <message>
        <source>The free machines could not be loaded: %1</source>
        <translation>无法加载空闲机器：%1</translation>
    </message>
    <message>
        <source>%1 — not free: %2</source>
        <translation>%1 — 不空闲：%2</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>held during this period</source>
        <translation>该时段内已被占用</translation>
    </message>
    <message>
        <source>No machine is free for the whole period.</source>
        <translation>没有在整个时段内都空闲的机器。</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) free for the whole period.</source>
        <translation>
            <numerusform>%n 台机器在整个时段内空闲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) for %1, %2.</source>
        <translation>
            <numerusform>%n 台机器，租户：%1，时段：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no tenant yet)</source>
        <translation>（暂无租户）</translation>
    </message>
    <message>
        <source>Choose the tenant the machines are for.</source>
        <translation>请选择这些机器所分配给的租户。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The end must be in the future.</source>
        <translation>结束时间必须在将来。</translation>
    </message>
    <message>
        <source>Check at least one free machine.</source>
        <translation>请至少勾选一台空闲机器。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Allocating %1 failed</source>
        <translation>分配 %1 失败</translation>
    </message>
    <message>
        <source>Created %1. Not created: %2.</source>
        <translation>已创建 %1。未创建：%2。</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AllocationsView</name>
    <message>
        <source>Allocations</source>
        <translation>分配管理</translation>
    </message>
    <message>
        <source>Every lease of every tenant: who rents which machine until when. Extend or reclaim from the list or by dragging a lease&apos;s end on the timeline.</source>
        <translation>所有租户的全部租期：谁在何时之前租用哪台机器。可在列表中续期或回收，也可在时间线上拖动租期的结束位置进行续期。</translation>
    </message>
    <message>
        <source>New allocation…</source>
        <translation>新建分配…</translation>
    </message>
    <message>
        <source>Rent machines to a tenant for a period (Ctrl+N)</source>
        <translation>将机器出租给租户一段时间（Ctrl+N）</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>续期…</translation>
    </message>
    <message>
        <source>Extend the selected allocations (Ctrl+E)</source>
        <translation>为选中的分配续期（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reclaim…</source>
        <translation>回收…</translation>
    </message>
    <message>
        <source>End the selected allocations now, with a reason (Delete)</source>
        <translation>立即结束选中的分配，需填写原因（Delete）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show the selected allocation (Enter)</source>
        <translation>查看选中的分配（Enter）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the allocations again (F5)</source>
        <translation>重新加载分配列表（F5）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Expiring: active and ending within the server&apos;s expiring window (7 days unless changed in Settings)</source>
        <translation>即将到期：生效中且将在服务器设定的到期提醒窗口内结束（默认 7 天，可在设置中修改）</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>全部租户</translation>
    </message>
    <message>
        <source>Machine id, e.g. node-07</source>
        <translation>机器 ID，例如 node-07</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>机器(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>租户 %1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reclaimed at %1</source>
        <translation>回收于 %1</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Loading allocations failed</source>
        <translation>加载分配失败</translation>
    </message>
    <message>
        <source>Tenants could not be loaded: %1</source>
        <translation>无法加载租户：%1</translation>
    </message>
    <message numerus="yes">
        <source>Extend %n…</source>
        <translation>
            <numerusform>续期 %n 项…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n…</source>
        <translation>
            <numerusform>回收 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>在时间线上显示</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) created</source>
        <translation>
            <numerusform>已创建 %n 项分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) extended</source>
        <translation>
            <numerusform>已续期 %n 项分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) reclaimed</source>
        <translation>
            <numerusform>已回收 %n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 failed</source>
        <translation>加载 %1 失败</translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation>分配 %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>租户：</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reclaimed at:</source>
        <translation>回收时间：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditCsvExport</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditDiffModel</name>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::AuditView</name>
    <message>
        <source>Audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what to which target, when, from where, and with what result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the trace id, to find the server&apos;s log lines of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit trail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit trail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target type (machine, customer…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time; entries at or after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time; entries before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every entry matching the filters to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local), %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>No further detail recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (changed fields are highlighted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Only user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation type="unfinished">复制追踪 ID</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDeleteDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; owns a tenant. Deleting it ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;&lt;p&gt;The server refuses while the tenant still has members or active or pending allocations: remove those first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleting &lt;b&gt;%1&lt;/b&gt; ends every session of the account and it can never sign in again; its history stays for the audit trail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDetailPanel</name>
    <message>
        <source>Machines held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours this month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished">机器</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see its usage, machines, allocations and team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (whole tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 queued, %3 failed, %4 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPU-hours allocated, %2 used (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of what was allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme or acme.bob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (a new tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate one and show it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished">租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">创建</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner whose tenant the member joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password, or let the server generate one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation type="unfinished">保存%1失败</translation>
    </message>
    <message>
        <source>Creating %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server generated this password. It is shown only now: pass it on to %1, who should change it after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::CustomersView</name>
    <message>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant owners and their team members: create accounts, disable or enable their access, and see what each tenant uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in until enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">创建时间</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customers failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user name, e-mail, company… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an owner account or a team member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected account (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable or enable the selected account&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected account (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to sign in again. Machines and data are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Its tenant&apos;s machines, allocations and members stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed out at once and cannot sign in until enabled again: every session of the account ends within minutes. Nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet at a glance. Click a figure to open the machines, allocations or alerts behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished">刷新</translation>
    </message>
    <message>
        <source>Load the figures again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished">机器</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">租户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active a&amp;lerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished">机器管理</translation>
    </message>
    <message>
        <source>by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation type="unfinished">维护中</translation>
    </message>
    <message>
        <source>Rented machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished">空闲</translation>
    </message>
    <message>
        <source>GPUs allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the dashboard failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocations running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renting machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the GPU utilisation trend failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recent allocations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the active alerts failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1 — showing the last figures loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ErrorBanner</name>
    <message>
        <source>Copy trace id</source>
        <translation>复制追踪 ID</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>追踪 ID：%1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ExtendDialog</name>
    <message>
        <source>Extend allocation</source>
        <translation>分配续期</translation>
    </message>
    <message numerus="yes">
        <source>Extend %n allocation(s)</source>
        <translation>
            <numerusform>为 %n 项分配续期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>延长(&amp;B)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>延至(&amp;T)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>New ends:</source>
        <translation>新的结束时间：</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 allocations to extend.</source>
        <translation>请选择 1 到 %1 项分配进行续期。</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 项分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>The allocations could not be loaded.</source>
        <translation>无法加载这些分配。</translation>
    </message>
    <message>
        <source>Loading %1 failed</source>
        <translation>加载 %1 失败</translation>
    </message>
    <message>
        <source>+%1 d</source>
        <translation>+%1 天</translation>
    </message>
    <message>
        <source>⚠ not after the current end</source>
        <translation>⚠ 不晚于当前结束时间</translation>
    </message>
    <message>
        <source>⚠ already ended: cannot be extended</source>
        <translation>⚠ 已结束：无法续期</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose between 1 and %1 allocations (%2 chosen).</source>
        <translation>请选择 1 到 %1 项分配（已选 %2 项）。</translation>
    </message>
    <message>
        <source>Between 1 and %1 days.</source>
        <translation>1 到 %1 天。</translation>
    </message>
    <message>
        <source>The new end must be after %1&apos;s current end (%2).</source>
        <translation>新的结束时间必须晚于 %1 当前的结束时间（%2）。</translation>
    </message>
    <message>
        <source>Extending…</source>
        <translation>正在续期…</translation>
    </message>
    <message>
        <source>Extending failed</source>
        <translation>续期失败</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop refreshing the chart every 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the chart every 30 seconds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average GPU utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU reported in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1 %, mean %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %  average utilisation
%2 GPUs reporting
%3 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ImportPreviewModel</name>
    <message>
        <source>This file is not UTF-8 text (%1). In your spreadsheet program use File &gt; Save As… with the type &quot;CSV UTF-8 (Comma delimited)&quot;, or choose UTF-8 as the encoding when you export, then choose the new file.</source>
        <translation>此文件不是 UTF-8 文本（%1）。请在电子表格程序中使用“文件 &gt; 另存为…”，选择“CSV UTF-8（逗号分隔）”类型，或在导出时选择 UTF-8 编码，然后选择新文件。</translation>
    </message>
    <message>
        <source>it is UTF-16, &quot;Unicode text&quot;</source>
        <translation>它是 UTF-16 编码，即“Unicode 文本”</translation>
    </message>
    <message>
        <source>nor GBK</source>
        <translation>也不是 GBK 编码</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>Line %1:
%2</source>
        <translation>第 %1 行：
%2</translation>
    </message>
    <message>
        <source>Line %1 is valid</source>
        <translation>第 %1 行有效</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Required column</source>
        <translation>必填列</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::LoginDialog</name>
    <message>
        <source>Start the bundled server on this computer</source>
        <translation>在本机启动内置服务器</translation>
    </message>
    <message>
        <source>Sign in to RemoteGPU</source>
        <translation>登录 RemoteGPU</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>starting the bundled server…</source>
        <translation>正在启动内置服务器…</translation>
    </message>
    <message>
        <source>the bundled server is not running</source>
        <translation>内置服务器未运行</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Starting the bundled server…</source>
        <translation>正在启动内置服务器…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://10.0.0.5:8080.</source>
        <translation>请输入服务器地址，例如 http://10.0.0.5:8080。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineDetailPanel</name>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">租户</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest reading per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation % (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a machine to see its GPUs, allocation and readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading machine %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the allocations of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of readings is kept for rented machines only; the bars show the latest reading of each GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process reports are shown for rented machines only: this machine is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sent no process report since the allocation began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU process was running at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (public %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores · %2 GB memory · %3 GB disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Free&lt;/b&gt;: not rented now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overview (%n GPU(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No readings in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) in the last hour (averages over the machine&apos;s GPUs).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineEditDialog</name>
    <message>
        <source>Add machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated (node-…) when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BJ-GPU-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpu07.dc1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal address, e.g. 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address customers connect to (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpu07.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. beijing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WinRM port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ubuntu 22.04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. nvlink, ib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchitecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubernetes node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write labels as key=value pairs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1 needs a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation type="unfinished">追踪 ID：%1</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachineImportWizard</name>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全部导入或全不导入(&amp;A)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>仅导入有效行(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Update existing machines, add the others</source>
        <translation>更新已有机器，添加其余机器(&amp;U)</translation>
    </message>
    <message>
        <source>Every row must be valid: one bad row and nothing is imported.</source>
        <translation>每一行都必须有效：只要有一行有误，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>The valid rows are imported; the rows with errors are skipped and listed in the report, to fix and import again.</source>
        <translation>导入有效的行；有错误的行会被跳过并列在报告中，修正后可再次导入。</translation>
    </message>
    <message>
        <source>A row whose name or IP address matches a machine updates that machine (its GPU list is brought to gpuCount); the other rows are created. All or nothing.</source>
        <translation>名称或 IP 地址与某台机器匹配的行会更新该机器（其 GPU 列表会调整为 gpuCount 个）；其余行将新建机器。要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <source>Import machines from CSV</source>
        <translation>从 CSV 导入机器</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>One machine per row. The columns name, ipAddress, totalCpu and totalMemoryGb are required; the template lists all of them.</source>
        <translation>每行一台机器。name、ipAddress、totalCpu 和 totalMemoryGb 列为必填；模板中列出了所有列。</translation>
    </message>
    <message>
        <source>Drop a .csv file here
or</source>
        <translation>将 .csv 文件拖放到此处
或</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Download the Template…</source>
        <translation>下载模板(&amp;D)…</translation>
    </message>
    <message>
        <source>A CSV file with every column and one example row, UTF-8 so that spreadsheet programs show Chinese right.</source>
        <translation>包含所有列和一行示例的 CSV 文件，采用 UTF-8 编码，以便电子表格程序正确显示中文。</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Downloading the template…</source>
        <translation>正在下载模板…</translation>
    </message>
    <message>
        <source>Downloading the template failed</source>
        <translation>下载模板失败</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Saving %1 failed</source>
        <translation>保存%1失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported.
%1</source>
        <translation>无法导入此文件。
%1</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Every row is checked with the server&apos;s rules. Cells with a problem are marked; point at one, or select it, to read why.</source>
        <translation>每一行都按服务器的规则检查。有问题的单元格会被标记；将鼠标指向或选中该单元格即可查看原因。</translation>
    </message>
    <message>
        <source>&amp;Only rows with errors</source>
        <translation>仅显示有错误的行(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Previous Error</source>
        <translation>上一个错误(&amp;P)</translation>
    </message>
    <message>
        <source>Select the previous cell with a problem (Shift+F8)</source>
        <translation>选中上一个有问题的单元格（Shift+F8）</translation>
    </message>
    <message>
        <source>&amp;Next Error</source>
        <translation>下一个错误(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next cell with a problem (F8)</source>
        <translation>选中下一个有问题的单元格（F8）</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>%1 valid, %2 invalid (%3 rows)</source>
        <translation>%1 行有效，%2 行无效（共 %3 行）</translation>
    </message>
    <message>
        <source>⚠ %1: larger than servers accept by default (16 MiB); split it</source>
        <translation>⚠ %1：超过服务器默认接受的大小（16 MiB），请拆分文件</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>checked by the server</source>
        <translation>已由服务器检查</translation>
    </message>
    <message>
        <source>Choose how to import</source>
        <translation>选择导入方式</translation>
    </message>
    <message>
        <source>The server checks the file first without writing anything: it knows which names, addresses and tenants are already taken.</source>
        <translation>服务器会先检查文件而不写入任何数据：它知道哪些名称、地址和租户已被占用。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The mode changed: check the file with the server again.</source>
        <translation>导入方式已更改：请再次让服务器检查文件。</translation>
    </message>
    <message>
        <source>&amp;Check with the Server</source>
        <translation>交由服务器检查(&amp;C)</translation>
    </message>
    <message>
        <source>No row is valid: there is nothing to import.</source>
        <translation>没有有效的行：没有可导入的内容。</translation>
    </message>
    <message>
        <source>All %1 rows are valid.</source>
        <translation>全部 %1 行均有效。</translation>
    </message>
    <message>
        <source>%1 valid rows will be imported; the %2 rows with errors below will be skipped and listed in the report.</source>
        <translation>将导入 %1 行有效数据；下方 %2 行有错误的数据将被跳过并列在报告中。</translation>
    </message>
    <message>
        <source>⚠ %1 rows have errors (below): in this mode the server would import nothing. Fix the file, or choose &quot;Import the valid rows only&quot;.</source>
        <translation>⚠ %1 行有错误（见下方）：在此方式下服务器不会导入任何内容。请修正文件，或选择“仅导入有效行”。</translation>
    </message>
    <message>
        <source>The server is checking the file…</source>
        <translation>服务器正在检查文件…</translation>
    </message>
    <message>
        <source>The server could not check the file</source>
        <translation>服务器无法检查该文件</translation>
    </message>
    <message>
        <source>✔ The server accepts the file: it would create %1 and update %2 machines.</source>
        <translation>✔ 服务器接受该文件：将新建 %1 台机器，更新 %2 台机器。</translation>
    </message>
    <message>
        <source>The server found the same problems as the console&apos;s own check; the rows are listed below.</source>
        <translation>服务器发现的问题与控制台自身检查的结果相同；相关行列在下方。</translation>
    </message>
    <message>
        <source>The server found %1 more problems, which only it can see (names, addresses or tenants taken); they are marked below.</source>
        <translation>服务器另外发现了 %1 个只有它能检查出的问题（名称、地址或租户已被占用）；已在下方标出。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The server writes the machines in one transaction: cancelled or failed, nothing is imported.</source>
        <translation>服务器在一个事务中写入机器：一旦取消或失败，不会导入任何内容。</translation>
    </message>
    <message>
        <source>Import &amp;Again</source>
        <translation>再次导入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stop Upload</source>
        <translation>停止上传(&amp;S)</translation>
    </message>
    <message>
        <source>Sending %1 (%2)…</source>
        <translation>正在发送 %1（%2）…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Sent. The server is checking and writing the machines…</source>
        <translation>已发送。服务器正在检查并写入机器…</translation>
    </message>
    <message>
        <source>Upload stopped. Nothing was imported: the server writes only complete files.</source>
        <translation>上传已停止。未导入任何内容：服务器只写入完整的文件。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What the server did with the file.</source>
        <translation>服务器对该文件的处理结果。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows as CSV…</source>
        <translation>将被拒绝的行另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>The rejected rows as they were, with a reason column: fix them, delete the reason column and import the file again.</source>
        <translation>被拒绝的行保持原样，并附加一个原因列：修正这些行，删除原因列，然后再次导入该文件。</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejected.csv</translation>
    </message>
    <message>
        <source>✖ Nothing was imported: %1 rows have errors, and in this mode one bad row stops the import. Fix them and import the file again, or import the valid rows only.</source>
        <translation>✖ 未导入任何内容：%1 行有错误，而在此方式下只要有一行有误就会停止导入。请修正后再次导入该文件，或仅导入有效行。</translation>
    </message>
    <message>
        <source>✔ Imported %1 machines (%2 created, %3 updated).</source>
        <translation>✔ 已导入 %1 台机器（新建 %2 台，更新 %3 台）。</translation>
    </message>
    <message>
        <source>%1 rows were rejected; the reasons are below.</source>
        <translation>%1 行被拒绝；原因见下方。</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>追踪 ID：%1</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>the rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>1 row saved to %1</source>
        <translation>已将 1 行保存到 %1</translation>
    </message>
    <message>
        <source>%1 rows saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MachinesView</name>
    <message>
        <source>Machines</source>
        <translation>机器管理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, health %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
id %2
host %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rented now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1</source>
        <translation type="unfinished">分配 %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">租户</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every GPU host: its state, GPUs and current tenant. Select one to see its detail below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading machines failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a machine (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the machine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected machines (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected machines out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected machines back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent the selected free machines to a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the leases of the selected rented machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reclaim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the leases of the selected rented machines now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register many machines from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, IP or host (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n machines…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening machine %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete machine %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n machines?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its GPUs and readings are deleted too. A machine that is or was rented cannot be deleted; set it to maintenance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) could not be deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of service.
Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) in maintenance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) back in service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing maintenance failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MainWindow</name>
    <message>
        <source>RemoteGPU Console</source>
        <translation>RemoteGPU 控制台</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>功能导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RemoteGPU Console</source>
        <translation>关于 RemoteGPU 控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Server: not connected</source>
        <translation>服务器：未连接</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>customer owner</source>
        <translation>客户管理员</translation>
    </message>
    <message>
        <source>customer member</source>
        <translation>普通成员</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>About RemoteGPU Console</source>
        <translation>关于 RemoteGPU 控制台</translation>
    </message>
    <message>
        <source>RemoteGPU Console %1

Runs a fleet of GPU machines rented whole to tenant companies.</source>
        <translation>RemoteGPU 控制台 %1

管理整机出租给租户公司的 GPU 机群。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>功能区 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>● Server unreachable</source>
        <translation>● 无法连接服务器</translation>
    </message>
    <message>
        <source>The last request reached the server.</source>
        <translation>最近一次请求已到达服务器。</translation>
    </message>
    <message>
        <source>The last request could not reach the server. The console keeps trying with each refresh.</source>
        <translation>最近一次请求无法到达服务器。控制台会在每次刷新时继续尝试。</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n 条未读通知</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Sign-in not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::MyMachinesView</name>
    <message>
        <source>My machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines your team holds now, how busy their GPUs are, and how to connect to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Allocation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expiring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH command copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your machines failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a machine to see how to connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 CPU cores, %3 GB memory, %4 %5. Allocation %6 from %7 to %8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and alerts about your machines and tasks, newest first. Unread ones are in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected notification read (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your notifications failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the notification read failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking all notifications read failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notifications marked read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::ReclaimDialog</name>
    <message>
        <source>Reclaim allocation</source>
        <translation>回收分配</translation>
    </message>
    <message numerus="yes">
        <source>Reclaim %n allocation(s)</source>
        <translation>
            <numerusform>回收 %n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends %1 now; the tenant loses the machine at once. The reason goes into the audit log.</source>
        <translation>立即结束 %1；租户会立刻失去机器的使用权。原因会记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason (required), e.g. &quot;contract ended early&quot;</source>
        <translation>原因（必填），例如“合同提前终止”</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Say why the allocation ends early.</source>
        <translation>请说明提前结束该分配的原因。</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 now).</source>
        <translation>最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Reclaiming…</source>
        <translation>正在回收…</translation>
    </message>
    <message>
        <source>Reclaiming %1 failed</source>
        <translation>回收 %1 失败</translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform-wide settings: sign-in limits, token lifetimes, allocation reminders and agent reporting. Changes apply as soon as they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the values the server holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished">分配管理</translation>
    </message>
    <message>
        <source>Machines and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> 天</translation>
    </message>
    <message>
        <source>Save or revert your changes before reloading the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">正在加载…</translation>
    </message>
    <message>
        <source>Loading the settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON object {…} or array […]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished">⚠ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) to correct before saving</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::SshKeysView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public keys that let you sign in to your machines. Paste a key or choose its .pub file; the private key never leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the key&apos;s comment when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… you@laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your SSH keys failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished">⚠ %1</translation>
    </message>
    <message>
        <source>%1  (%2, %3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished">所有文件 (*)</translation>
    </message>
    <message>
        <source>⚠ Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the SSH key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key “%1” (%2)? You will no longer be able to sign in to your machines with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the SSH key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::StatCard</name>
    <message>
        <source>These figures are from the last successful refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remotegpu::ui::TimelineWidget</name>
    <message>
        <source>Loading the timeline failed</source>
        <translation>加载时间线失败</translation>
    </message>
    <message>
        <source>Zoom: %1 px a day</source>
        <translation>缩放：每天 %1 像素</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>in maintenance: not free</source>
        <translation>维护中：不空闲</translation>
    </message>
    <message>
        <source>%1 — clash</source>
        <translation>%1 — 冲突</translation>
    </message>
    <message numerus="yes">
        <source>✖ +%n day(s) runs into %1</source>
        <translation>
            <numerusform>✖ +%n 天会与 %1 冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s) → %1</source>
        <translation>
            <numerusform>+%n 天 → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No machines</source>
        <translation>没有机器</translation>
    </message>
    <message>
        <source>Runs into %1 (%2, %3): release here and nothing is saved.</source>
        <translation>与 %1（%2，%3）冲突：在此处松开将不会保存任何更改。</translation>
    </message>
    <message>
        <source>Not extended: the new end runs into %1.</source>
        <translation>未续期：新的结束时间与 %1 冲突。</translation>
    </message>
    <message>
        <source>Extend allocation</source>
        <translation>分配续期</translation>
    </message>
    <message>
        <source>Extend %1 (%2 on %3)?</source>
        <translation>要为 %1（%2，机器 %3）续期吗？</translation>
    </message>
    <message numerus="yes">
        <source>End: %1 → %2 (+%n day(s))</source>
        <translation>
            <numerusform>结束：%1 → %2（+%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Extending %1…</source>
        <translation>正在为 %1 续期…</translation>
    </message>
    <message>
        <source>%1 now ends %2</source>
        <translation>%1 的结束时间已改为 %2</translation>
    </message>
    <message>
        <source>Extending %1 failed</source>
        <translation>为 %1 续期失败</translation>
    </message>
    <message>
        <source>Drag the right end to extend.</source>
        <translation>拖动右端即可续期。</translation>
    </message>
</context>
</TS>
