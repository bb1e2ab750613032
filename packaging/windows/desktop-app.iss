; Inno Setup script for the one-stop counter application (Windows, per-user install).
; Build on Windows after packaging/build_bundle.sh's PyInstaller step produced dist\desktop-app:
;   iscc packaging\windows\desktop-app.iss
; Silent install with the station's settings (all optional):
;   desktop-app-setup.exe /VERYSILENT /ROLE=kiosk /OFFICECODE=000.00.06.H56
;       /DB="postgresql+psycopg://motcua:secret@192.168.1.10/motcua"
;       /SERVER=https://motcua.example.gov.vn /COUNTER=2
; Upgrades keep data and settings (same AppId); the new version migrates the database at start.
; Uninstall keeps the office data unless run with /PURGEDATA=1.

#define AppName "Một cửa"
#define AppVersion GetEnv("DESKTOP_APP_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5C1B3C8E-7F0A-4E3B-9C55-2D6F0B9A41E7}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=MotCua
DefaultDirName={localappdata}\Programs\desktop-app
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=desktop-app-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\desktop-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Quầy tiếp nhận và trả kết quả"; Filename: "{app}\desktop-app.exe"; Parameters: "--role counter"
Name: "{group}\Kiosk lấy số thứ tự"; Filename: "{app}\desktop-app.exe"; Parameters: "--role kiosk"
Name: "{group}\Màn hình hiển thị"; Filename: "{app}\desktop-app.exe"; Parameters: "--role display"
Name: "{group}\Đánh giá mức độ hài lòng"; Filename: "{app}\desktop-app.exe"; Parameters: "--role rating"
Name: "{group}\Quản trị"; Filename: "{app}\desktop-app.exe"; Parameters: "--role admin"
Name: "{group}\Kiểm tra máy trạm (doctor)"; Filename: "{cmd}"; Parameters: "/k ""{app}\desktop-app.exe"" doctor"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\desktop-app.exe"; Parameters: "--role {code:StationRole}"
; Kiosk and display start by themselves, full screen, at sign-in.
Name: "{userstartup}\{#AppName} ({code:StationRole})"; Filename: "{app}\desktop-app.exe"; Parameters: "--role {code:StationRole}"; Check: IsAutostartRole

[Run]
Filename: "{app}\desktop-app.exe"; Parameters: "init"; Flags: runhidden waituntilterminated; StatusMsg: "Khởi tạo cơ sở dữ liệu..."

[Code]
function Param(const Name, Default: String): String;
begin
  Result := ExpandConstant('{param:' + Name + '|' + Default + '}');
end;

function StationRole(Value: String): String;
begin
  Result := Lowercase(Param('ROLE', 'counter'));
end;

function IsAutostartRole: Boolean;
begin
  Result := (StationRole('') = 'kiosk') or (StationRole('') = 'display');
end;

function SettingsFile: String;
begin
  Result := ExpandConstant('{localappdata}\MotCua\desktop-app\settings.toml');
end;

function Quoted(const Value: String): String;
begin
  Result := '"' + Value + '"';
end;

procedure WriteSettings;
var
  Lines: TArrayOfString;
  Count: Integer;
begin
  if FileExists(SettingsFile) then
    exit; { an upgrade keeps the station's settings }
  ForceDirectories(ExtractFileDir(SettingsFile));
  SetArrayLength(Lines, 6);
  Lines[0] := '# Station settings written by the installer';
  Lines[1] := 'role = ' + Quoted(StationRole(''));
  Lines[2] := 'counter_number = ' + Param('COUNTER', '1');
  Count := 3;
  if Param('OFFICECODE', '') <> '' then begin Lines[Count] := 'office_code = ' + Quoted(Param('OFFICECODE', '')); Count := Count + 1; end;
  if Param('DB', '') <> '' then begin Lines[Count] := 'database_url = ' + Quoted(Param('DB', '')); Count := Count + 1; end;
  if Param('SERVER', '') <> '' then begin Lines[Count] := 'central_server_url = ' + Quoted(Param('SERVER', '')); Count := Count + 1; end;
  SetArrayLength(Lines, Count);
  SaveStringsToUTF8File(SettingsFile, Lines, False);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteSettings;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (Param('PURGEDATA', '0') = '1') then
    DelTree(ExpandConstant('{localappdata}\MotCua\desktop-app'), True, True, True);
end;
