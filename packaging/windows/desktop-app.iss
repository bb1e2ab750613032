; Inno Setup script for the one-stop counter application (Windows, per-user install).
; Build on Windows after packaging/build_bundle.sh's PyInstaller step produced dist\desktop-app:
;   iscc /DAppVersion=X.Y.Z packaging\windows\desktop-app.iss
; On Linux packaging/windows/build_installer.sh compiles it under Wine around a stand-in payload
; (/DBundleDir=...), and tests/e2e/test_windows_installer.py runs the setup it makes.
; Silent install with the station's settings (all optional):
;   desktop-app-setup.exe /VERYSILENT /ROLE=kiosk /OFFICECODE=000.00.06.H56
;       /DB="postgresql+psycopg://motcua:secret@192.168.1.10/motcua"
;       /SERVER=https://motcua.example.gov.vn /COUNTER=2
; A bad parameter (a role the program does not know, a /DB= that is not a database URL, an
; /OFFICECODE= not shaped like 000.00.06.H56, a /COUNTER= that is not a whole number >= 1, a
; /SERVER= that is not http(s)://) stops the setup before it writes anything: exit code 1 and
; the reason in the setup log (/LOG=FILE).
; Upgrades keep data and settings (same AppId); the new version migrates the database at start.
; Uninstall keeps the office data unless run with /PURGEDATA=1.

#define AppName "Một cửa"
#ifndef AppVersion
  #define AppVersion GetEnv("DESKTOP_APP_VERSION")
#endif
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\desktop-app"
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
; Inno Setup has no official Vietnamese messages: the project ships its own.
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

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
; The settings file is written just before, so that init reads the station's database URL.
Filename: "{app}\desktop-app.exe"; Parameters: "--config ""{code:SettingsFile}"" init"; Flags: runhidden waituntilterminated; StatusMsg: "Khởi tạo cơ sở dữ liệu..."; BeforeInstall: WriteSettings


[Code]
const
  { The station roles of the program (desktop_app/setting_values.py ROLES; a test compares). }
  KnownRoles = 'counter kiosk display rating admin';

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

function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\MotCua\desktop-app');
end;

function SettingsFile(Value: String): String;
begin
  Result := DataFolder + '\settings.toml';
end;

{ --- validation: the same rules as the program's settings (desktop_app/setting_values.py) --- }

function IsDigits(const Value: String; First, Count: Integer): Boolean;
var
  I: Integer;
begin
  Result := Length(Value) >= First + Count - 1;
  for I := First to First + Count - 1 do
    if Result and ((Value[I] < '0') or (Value[I] > '9')) then
      Result := False;
end;

// motcua_core/domain/dossier_code.py UNIT_CODE_PATTERN: \d{3}(?:\.\d{2}){2}\.[A-Z]\d{2}
function IsUnitCode(Value: String): Boolean;
begin
  Value := Uppercase(Trim(Value));
  Result := (Length(Value) = 13) and IsDigits(Value, 1, 3) and (Value[4] = '.')
    and IsDigits(Value, 5, 2) and (Value[7] = '.') and IsDigits(Value, 8, 2)
    and (Value[10] = '.') and (Value[11] >= 'A') and (Value[11] <= 'Z') and IsDigits(Value, 12, 2);
end;

function IsDatabaseUrl(const Value: String): Boolean;
begin
  Result := (Pos('sqlite://', Value) = 1) or (Pos('postgresql://', Value) = 1)
    or (Pos('postgresql+psycopg://', Value) = 1);
end;

function IsServerUrl(const Value: String): Boolean;
begin
  Result := (Value = '')
    or ((Pos('https://', Value) = 1) and (Length(Value) > 8) and (Value[9] <> '/'))
    or ((Pos('http://', Value) = 1) and (Length(Value) > 7) and (Value[8] <> '/'));
end;

function HasControlCharacter(const Value: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to Length(Value) do
    if Ord(Value[I]) < 32 then
      Result := True;
end;

function ParameterProblem: String;
var
  Role, Counter: String;
begin
  Result := '';
  Role := StationRole('');
  Counter := Param('COUNTER', '1');
  if (Role = '') or (Pos(' ', Role) > 0) or (Pos(' ' + Role + ' ', ' ' + KnownRoles + ' ') = 0) then
    Result := '/ROLE=' + Role + ' is not a station role (one of: ' + KnownRoles + ')'
  else if (Param('OFFICECODE', '') <> '') and not IsUnitCode(Param('OFFICECODE', '')) then
    Result := '/OFFICECODE=' + Param('OFFICECODE', '') + ' is not a unit code shaped like 000.00.06.H56'
  else if (Param('DB', '') <> '') and not IsDatabaseUrl(Param('DB', '')) then
    Result := '/DB= is not a database URL starting sqlite:/// or postgresql+psycopg://'
  else if not IsServerUrl(Param('SERVER', '')) then
    Result := '/SERVER=' + Param('SERVER', '') + ' is not an http:// or https:// address'
  else if (StrToIntDef(Counter, 0) < 1) or (IntToStr(StrToIntDef(Counter, 0)) <> Counter) then
    Result := '/COUNTER=' + Counter + ' is not a whole number of at least 1'
  else if HasControlCharacter(Param('DB', '') + Param('SERVER', '') + Param('OFFICECODE', '')) then
    Result := 'a parameter holds a control character';
end;

function InitializeSetup: Boolean;
var
  Problem: String;
begin
  Problem := ParameterProblem;
  Result := Problem = '';
  if not Result then begin
    Log('Invalid parameter: ' + Problem + '. Nothing was installed.');
    if not WizardSilent then
      MsgBox(Problem, mbCriticalError, MB_OK);
  end;
end;

{ --- the station's settings file --- }

{ A TOML basic string: backslash and quote escaped; control characters were refused above. }
function TomlString(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

procedure AddLine(var Lines: TArrayOfString; const Line: String);
begin
  SetArrayLength(Lines, GetArrayLength(Lines) + 1);
  Lines[GetArrayLength(Lines) - 1] := Line;
end;

procedure AddSetting(var Lines: TArrayOfString; const Key, Name: String);
begin
  if Param(Name, '') <> '' then
    AddLine(Lines, Key + ' = ' + TomlString(Param(Name, '')));
end;

procedure WriteSettings;
var
  Lines: TArrayOfString;
begin
  if FileExists(SettingsFile('')) then begin
    Log('Keeping the station settings of the earlier install: ' + SettingsFile(''));
    exit;
  end;
  ForceDirectories(DataFolder);
  AddLine(Lines, '# Station settings written by the installer');
  AddLine(Lines, 'role = ' + TomlString(StationRole('')));
  AddLine(Lines, 'counter_number = ' + Param('COUNTER', '1'));
  AddSetting(Lines, 'office_code', 'OFFICECODE');
  AddSetting(Lines, 'database_url', 'DB');
  AddSetting(Lines, 'central_server_url', 'SERVER');
  if not SaveStringsToUTF8FileWithoutBOM(SettingsFile(''), Lines, False) then
    RaiseException('cannot write ' + SettingsFile(''));
  Log('Wrote the station settings: ' + SettingsFile(''));
end;

// The uninstaller's own command line (the param constant is not read there).
function UninstallSwitch(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usUninstall) and UninstallSwitch('/PURGEDATA=1') then begin
    Log('Removing the office data (/PURGEDATA=1): ' + DataFolder);
    if not DelTree(DataFolder, True, True, True) then
      Log('Could not remove all of ' + DataFolder);
  end;
end;
